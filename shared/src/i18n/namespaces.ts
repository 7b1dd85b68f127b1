/**
 * The i18next namespaces, one JSON file each per language in `shared/locales/<lng>/<ns>.json`:
 * `translation` (the app), `boards` (the structured boards' interface), `templates` (labels and help
 * of every template field, shared by the client and the exports) and `exports` (the words of exported
 * documents that are not field labels).
 */
export const NAMESPACES = ['translation', 'boards', 'templates', 'exports'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The language every other one falls back to, and the reference for the resource checks. */
export const REFERENCE_LANGUAGE = 'en';
