import { fieldText, TEMPLATE_TEXTS, type TemplateLanguage } from '@mentoring/shared/i18n/templates';
import type { BoardKind } from '@mentoring/shared/schema/board';

/** The template language for an app language (`es-ES` → `es`); English when not offered. */
export function templateLanguage(language: string | undefined): TemplateLanguage {
  const base = (language ?? 'en').split('-')[0] ?? 'en';
  return Object.hasOwn(TEMPLATE_TEXTS, base) ? (base as TemplateLanguage) : 'en';
}

/** `actions` → `Actions`, `startDate` → `Start date`: a readable fallback for keys without a label. */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The label of a field of a board's JSON by its dotted path (`rows.actions`, `localContext.population`),
 * from the shared template texts; the last key humanised when the template has none.
 */
export function fieldLabel(language: string | undefined, kind: BoardKind, path: string): string {
  const last = path.split('.').pop() ?? path;
  if (kind === 'canvas') return humanise(last);
  return fieldText(templateLanguage(language), kind, path)?.label ?? humanise(last);
}

/** Joins a parent path and a key, skipping an empty parent. */
export const joinPath = (parent: string, key: string) => (parent ? `${parent}.${key}` : key);

/** Keys that are bookkeeping, not content: never shown. */
export const HIDDEN_KEYS: ReadonlySet<string> = new Set(['id', 'comments', 'proposedBy']);
