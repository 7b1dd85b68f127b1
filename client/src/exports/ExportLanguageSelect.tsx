import type { Language } from '@mentoring/shared/schema/programme';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../app/i18n';
import './exports.css';

export interface ExportLanguageSelectProps {
  value: Language;
  onChange: (language: Language) => void;
  /** The programme's working language, marked as such among the choices. */
  workingLanguage?: Language | undefined;
  /** The label's key: the export menu's or the projection's wording. */
  labelKey?: 'readerLanguage.exportLabel' | 'readerLanguage.projectionLabel';
}

/**
 * The language of a file (or of the projection): the interface language by default, the
 * programme's working language or any other one choice away. Each language is named in itself.
 */
export function ExportLanguageSelect({
  value,
  onChange,
  workingLanguage,
  labelKey = 'readerLanguage.exportLabel',
}: ExportLanguageSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="export-language">
      <label htmlFor={id}>{t(labelKey)}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = LANGUAGES.find((lng) => lng === event.target.value);
          if (next) onChange(next);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng === workingLanguage ? undefined : lng}>
            {lng === workingLanguage
              ? t('readerLanguage.working', { language: t(`languages.${lng}`) })
              : t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
