import type { TemplateKind } from '../schema/templates/kinds.js';
import type { FieldText, TemplateTexts } from './field-text.js';
import { TEMPLATES_EN } from './templates.en.js';
import { TEMPLATES_ES } from './templates.es.js';

/** The template texts of every language the board is offered in. */
export const TEMPLATE_TEXTS = { en: TEMPLATES_EN, es: TEMPLATES_ES } as const satisfies Record<
  string,
  TemplateTexts
>;
export type TemplateLanguage = keyof typeof TEMPLATE_TEXTS;

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
