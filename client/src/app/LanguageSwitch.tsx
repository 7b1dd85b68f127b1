import type { Language } from '@mentoring/shared/schema/programme';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, useLanguage } from './i18n';

/** The interface language, remembered on this device. Each language is named in itself. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('app.language')}
      </label>
      <select
        id={id}
        data-testid="language-switch"
        value={language}
        onChange={(event) => {
          const next = LANGUAGES.find((lng) => lng === event.target.value);
          if (next) setLanguage(next as Language);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
