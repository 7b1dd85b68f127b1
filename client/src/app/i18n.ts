import { formatNumber } from '@mentoring/shared/i18n/format';
import { hasTemplateTexts, registerTemplateTexts } from '@mentoring/shared/i18n/templates';
import { type Language, LanguageSchema } from '@mentoring/shared/schema/programme';
import i18next, { type BackendModule, type i18n } from 'i18next';
import { useCallback, useEffect } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
// English is the fallback of every missing key: it ships in the main bundle. The other languages
// are loaded on demand, one chunk per language and namespace (see LAZY below).
import enBoards from '../../../shared/locales/en/boards.json';
import enTemplates from '../../../shared/locales/en/templates.json';
import enTranslation from '../../../shared/locales/en/translation.json';

/** Languages of the interface, in the order the switch offers them. */
export const LANGUAGES: readonly Language[] = LanguageSchema.options;
/** The namespaces the client reads (`exports` is the server's). */
export const CLIENT_NAMESPACES = ['translation', 'boards', 'templates'] as const;
export const resources = {
  en: { translation: enTranslation, boards: enBoards, templates: enTemplates },
} as const;

// A literal pattern, so that Vite makes one chunk per file and nothing loads before it is asked for.
const LAZY = import.meta.glob<unknown>(
  ['../../../shared/locales/*/{translation,boards,templates}.json', '!../../../shared/locales/en/*.json'],
  { import: 'default' },
);

/** An i18next backend over {@link LAZY}; the template texts also go to the shared lookup. */
const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = LAZY[`../../../shared/locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`no resource file ${language}/${namespace}.json`), false);
      return;
    }
    load().then(
      (resource) => {
        const parsed = LanguageSchema.safeParse(language);
        if (namespace === 'templates' && parsed.success) registerTemplateTexts(parsed.data, resource);
        callback(null, resource as Record<string, unknown>);
      },
      (error: Error) => callback(error, false),
    );
  },
};

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

const ready = new WeakMap<i18n, Promise<unknown>>();

/**
 * i18next's formatter for interpolated values: a number in the language's own digits grouping
 * (`1 234` in French, `1.234` in Greek); anything else as given. Plural choice is i18next's own.
 */
export function formatInterpolated(value: unknown, _format?: string, lng?: string): string {
  // i18next's type says string, but a value it does not find must come back as it was (undefined),
  // so that its missing-variable handling still sees it.
  if (typeof value !== 'number') return value as string;
  const language = LanguageSchema.safeParse(lng);
  return formatNumber(language.success ? language.data : 'en', value);
}

/**
 * A new i18next instance; keeps `<html lang>` in step with the language. English is there at once;
 * another language is there when {@link i18nReady} resolves (render after it, so that no key shows).
 */
export function createI18n(language: Language): i18n {
  if (!hasTemplateTexts('en')) registerTemplateTexts('en', enTemplates);
  const instance = i18next.createInstance();
  const init = instance
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      ns: [...CLIENT_NAMESPACES],
      defaultNS: 'translation',
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      // React escapes. Every number put into a text (counts, sizes) gets the language's separators.
      interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
      returnNull: false,
      showSupportNotice: false,
      // Language changes wait for their files (changeLanguage loads before it switches).
      react: { useSuspense: false },
    });
  ready.set(instance, init);
  const apply = (lng: string) => {
    document.documentElement.lang = lng;
  };
  apply(language);
  instance.on('languageChanged', apply);
  return instance;
}

/** Resolves when the first language of {@link createI18n}'s instance is loaded. */
export function i18nReady(instance: i18n): Promise<unknown> {
  return ready.get(instance) ?? Promise.resolve();
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

/**
 * Shows this page in `language` while the calling component is mounted (the projector in the
 * programme's working language), without remembering it as the person's choice; on unmount the
 * interface goes back to the remembered language. `null`: leave the language as it is.
 */
export function usePageLanguage(language: Language | null): void {
  const { i18n: instance } = useTranslation();
  useEffect(() => {
    if (!language) return;
    void instance.changeLanguage(language);
  }, [instance, language]);
  useEffect(
    () => () => {
      let storage: Pick<Storage, 'getItem'> = { getItem: () => null };
      try {
        storage = localStorage;
      } catch {
        // Private mode: fall back to the browser's language.
      }
      void instance.changeLanguage(initialLanguage(storage, navigator.languages));
    },
    [instance],
  );
}
