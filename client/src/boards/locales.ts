import boardsEn from '../../../shared/locales/en/boards.json';

/**
 * The interface strings of the structured boards (buttons, notices, table captions) are the i18next
 * namespace `boards`: `shared/locales/<lng>/boards.json`, loaded with the app's other namespaces (see
 * `app/i18n.ts`). Field labels and help texts are not here: they are the `templates` namespace, read
 * through `@mentoring/shared/i18n/templates` (`fieldText`), shared with the exports.
 */
export { boardsEn };

/** The shape of every language's strings: exactly the keys of {@link boardsEn} (checked by test). */
export type BoardsStrings = typeof boardsEn;

/** The i18next namespace of these strings. */
export const BOARDS_NAMESPACE = 'boards';
