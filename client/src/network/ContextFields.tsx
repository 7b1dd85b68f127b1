import { GOVERNMENT_LEVELS, type GovernmentLevel } from '@mentoring/shared/network/vocabulary';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../app/Field';
import { NumberField, type PathErrors } from './fields';

/** A city's context as typed in the form (numbers as text until checked). */
export interface ContextDraft {
  population: string;
  migrantShare: string;
  governmentLevel: GovernmentLevel;
  languages: string;
}

export const emptyContext = (language: string): ContextDraft => ({
  population: '',
  migrantShare: '',
  governmentLevel: 'municipality',
  languages: language,
});

/** The form's context as the shared schema reads it (the schema then says what is wrong). */
export function contextInput(draft: ContextDraft) {
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  return {
    population: number(draft.population),
    migrantSharePercent: number(draft.migrantShare),
    governmentLevel: draft.governmentLevel,
    languages: draft.languages
      .split(/[\s,;]+/)
      .map((code) => code.trim().toLowerCase())
      .filter(Boolean),
  };
}

export function contextDraft(context: {
  population: number;
  migrantSharePercent: number;
  governmentLevel: GovernmentLevel;
  languages: string[];
}): ContextDraft {
  return {
    population: String(context.population),
    migrantShare: String(context.migrantSharePercent),
    governmentLevel: context.governmentLevel,
    languages: context.languages.join(', '),
  };
}

/** Population, share of migrant origin, level of government and working languages of a city. */
export function ContextFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: ContextDraft;
  onChange: (next: ContextDraft) => void;
  errors: PathErrors;
}) {
  const { t } = useTranslation();
  const set = (field: keyof ContextDraft) => (text: string) => onChange({ ...value, [field]: text });
  return (
    <>
      <div className="field-row">
        <NumberField
          id={`${idPrefix}-population`}
          label={t('networkForms.population')}
          min={1}
          max={50_000_000}
          value={value.population}
          onChange={set('population')}
          error={errors['context.population']}
        />
        <NumberField
          id={`${idPrefix}-migrant-share`}
          label={t('networkForms.migrantShare')}
          hint={t('networkForms.migrantShareHint')}
          min={0}
          max={100}
          value={value.migrantShare}
          onChange={set('migrantShare')}
          error={errors['context.migrantSharePercent']}
        />
      </div>
      <div className="field-row">
        <SelectField
          id={`${idPrefix}-government`}
          label={t('networkForms.governmentLevel')}
          value={value.governmentLevel}
          options={GOVERNMENT_LEVELS.map((level) => ({
            value: level,
            label: t(`networkForms.government.${level}`),
          }))}
          onChange={(level) => onChange({ ...value, governmentLevel: level })}
        />
        <TextField
          id={`${idPrefix}-languages`}
          label={t('networkForms.languages')}
          hint={t('networkForms.languagesHint')}
          value={value.languages}
          onChange={set('languages')}
          error={errors['context.languages'] ?? errors['context.languages.0']}
        />
      </div>
    </>
  );
}
