import { readdirSync, readFileSync } from 'node:fs';
import { type Language, LanguageSchema } from '../schema/programme.js';
import { NAMESPACES, type Namespace } from './namespaces.js';
import { registerTemplateTexts } from './templates.js';

/**
 * Node only (the client loads the same files through Vite). `shared/locales/` seen from both
 * `shared/src/i18n/` and `shared/dist/i18n/`.
 */
export const LOCALES_DIR = new URL('../../locales/', import.meta.url);

/** The parsed `shared/locales/<language>/<namespace>.json`. */
export function readLocaleFile(language: string, namespace: string): unknown {
  return JSON.parse(readFileSync(new URL(`${language}/${namespace}.json`, LOCALES_DIR), 'utf8'));
}

/** Every language folder present on disk (the resource check compares them with the schema). */
export function localeFolders(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every namespace of every language, as i18next `resources`. */
export function readAllLocales(): Record<Language, Record<Namespace, unknown>> {
  return Object.fromEntries(
    LanguageSchema.options.map((language) => [
      language,
      Object.fromEntries(NAMESPACES.map((ns) => [ns, readLocaleFile(language, ns)])),
    ]),
  ) as Record<Language, Record<Namespace, unknown>>;
}

/** Registers the template texts of every language (the server and tests, which need them all). */
export function registerAllTemplateTexts(): void {
  for (const language of LanguageSchema.options)
    registerTemplateTexts(language, readLocaleFile(language, 'templates'));
}
