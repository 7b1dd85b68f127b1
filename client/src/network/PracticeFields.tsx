import type { GoodPractice } from '@mentoring/shared/network/profiles';
import { KEY_FACTORS } from '@mentoring/shared/network/vocabulary';
import { useTranslation } from 'react-i18next';
import { TextField } from '../app/Field';
import { CheckboxGroup, type PathErrors, TextAreaField } from './fields';

const MAX = 20;

/** The good practices of a profile: each a title, a description and the key factors it shows. */
export function PracticeFields({
  value,
  onChange,
  errors,
}: {
  value: GoodPractice[];
  onChange: (next: GoodPractice[]) => void;
  errors: PathErrors;
}) {
  const { t } = useTranslation();
  const change = (index: number, patch: Partial<GoodPractice>) =>
    onChange(value.map((practice, i) => (i === index ? { ...practice, ...patch } : practice)));
  return (
    <fieldset className="field practices">
      <legend>{t('networkForms.goodPractices')}</legend>
      <p className="hint">{t('networkForms.goodPracticesHint')}</p>
      {value.map((practice, index) => {
        const n = index + 1;
        return (
          <fieldset
            // biome-ignore lint/suspicious/noArrayIndexKey: practices have no id; the position is the identity.
            key={index}
            className="card practice"
          >
            <legend>{t('networkForms.practiceN', { n })}</legend>
            <TextField
              id={`practice-${n}-title`}
              label={t('networkForms.practiceTitle', { n })}
              value={practice.title}
              onChange={(title) => change(index, { title })}
              error={errors[`goodPractices.${index}.title`]}
            />
            <TextAreaField
              id={`practice-${n}-description`}
              label={t('networkForms.practiceDescription', { n })}
              value={practice.description}
              onChange={(description) => change(index, { description })}
              error={errors[`goodPractices.${index}.description`]}
              optional
            />
            <CheckboxGroup
              id={`practice-${n}-factors`}
              legend={t('networkForms.practiceFactors', { n })}
              options={KEY_FACTORS}
              labelOf={(factor) => t(`networkForms.factor.${factor}`)}
              value={practice.keyFactors}
              onChange={(keyFactors) => change(index, { keyFactors })}
            />
            <button
              type="button"
              className="button small"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              {t('networkForms.removePractice', { n })}
            </button>
          </fieldset>
        );
      })}
      {value.length < MAX ? (
        <button
          type="button"
          className="button small"
          onClick={() => onChange([...value, { title: '', description: '', themes: [], keyFactors: [] }])}
        >
          {t('networkForms.addPractice')}
        </button>
      ) : null}
    </fieldset>
  );
}
