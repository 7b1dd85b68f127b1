import { z } from 'zod';
import { type Language, LanguageSchema } from '../schema/programme.js';
import type { TemplateKind } from '../schema/templates/kinds.js';
import type { FieldText, TemplateTexts } from './field-text.js';

export type TemplateLanguage = Language;

const TextsSchema = z.record(z.string(), z.object({ label: z.string(), help: z.string() }));
/** The shape of `templates.json`; that every key is there is the resource check's job. */
const TemplateTextsSchema = z.object({
  titles: TextsSchema,
  fields: z.record(z.string(), TextsSchema),
  options: z.record(z.string(), TextsSchema),
  checks: TextsSchema,
});

const registered = new Map<Language, TemplateTexts>();

/** `node:fs` where there is one (Node 20.16+), so that Node code needs no set-up; none in a browser. */
function nodeFs(): typeof import('node:fs') | undefined {
  const host = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  return host.process?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
}

/** In Node, reads `shared/locales/<language>/templates.json` (seen from src/i18n and dist/i18n alike). */
function readFromDisk(language: Language): boolean {
  const fs = nodeFs();
  if (!fs) return false;
  // A computed path, so that bundlers do not take this for an asset reference.
  const file = ['..', '..', 'locales', language, 'templates.json'].join('/');
  registerTemplateTexts(language, JSON.parse(fs.readFileSync(new URL(file, import.meta.url), 'utf8')));
  return true;
}

function textsOf(language: Language): TemplateTexts {
  const texts = registered.get(language) ?? (readFromDisk(language) ? registered.get(language) : undefined);
  const fallback = texts ?? registered.get('en');
  if (!fallback)
    throw new Error('template texts used before any language was loaded (createI18n loads them)');
  return fallback;
}

/**
 * The template texts by language, the `templates` namespace of `shared/locales`: the client registers
 * a language when i18next has loaded it ({@link registerTemplateTexts}); in Node a language is read
 * from its file when first used. In a browser, a language not yet loaded reads as English.
 */
export const TEMPLATE_TEXTS: { readonly [L in Language]: TemplateTexts } = Object.defineProperties(
  {} as { [L in Language]: TemplateTexts },
  Object.fromEntries(
    LanguageSchema.options.map((language) => [language, { enumerable: true, get: () => textsOf(language) }]),
  ),
);

/** Makes `resource` (the parsed `templates.json` of `language`) the template texts of that language. */
export function registerTemplateTexts(language: Language, resource: unknown): void {
  registered.set(language, TemplateTextsSchema.parse(resource) as unknown as TemplateTexts);
}

/** Whether {@link registerTemplateTexts} has run for `language`. */
export function hasTemplateTexts(language: Language): boolean {
  return registered.has(language);
}

/**
 * The label and help of a field, by its path as `templateFields` lists it (`rows.actions`,
 * `localContext.population`); undefined for a path the template does not have.
 */
export function fieldText(
  language: TemplateLanguage,
  kind: TemplateKind,
  path: string,
): FieldText | undefined {
  const texts: Readonly<Record<string, FieldText>> = TEMPLATE_TEXTS[language].fields[kind];
  return Object.hasOwn(texts, path) ? texts[path] : undefined;
}
