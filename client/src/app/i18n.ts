import { type Language, LanguageSchema } from '@mentoring/shared/schema/programme';
import i18next, { type i18n } from 'i18next';
import { useCallback } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './locales/en';
import { es } from './locales/es';

/** Languages of the interface, in the order the switch offers them. */
export const LANGUAGES: readonly Language[] = LanguageSchema.options;
export const resources = { en: { translation: en }, es: { translation: es } } as const;

const STORAGE_KEY = 'mentoring-board:language';

/** The remembered choice, else the browser's first supported language, else English. */
export function initialLanguage(storage: Pick<Storage, 'getItem'>, preferred: readonly string[]): Language {
  const stored = LanguageSchema.safeParse(storage.getItem(STORAGE_KEY));
  if (stored.success) return stored.data;
  for (const tag of preferred) {
    const base = LanguageSchema.safeParse(tag.toLowerCase().split('-')[0]);
    if (base.success) return base.data;
  }
  return 'en';
}

/** A ready i18next instance; keeps `<html lang>` in step with the language. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
  };
  apply(language);
  instance.on('languageChanged', apply);
  return instance;
}

/** The current language and a setter that remembers the choice on this device. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n: instance } = useTranslation();
  const parsed = LanguageSchema.safeParse(instance.resolvedLanguage ?? instance.language);
  const setLanguage = useCallback(
    (language: Language) => {
      try {
        localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      void instance.changeLanguage(language);
    },
    [instance],
  );
  return { language: parsed.success ? parsed.data : 'en', setLanguage };
}
