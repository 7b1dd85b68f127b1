import { LOCALE_TAGS } from '@mentoring/shared/i18n/format';
import { readLocaleFile, registerAllTemplateTexts } from '@mentoring/shared/i18n/locale-files';
import { type Language, LanguageSchema } from '@mentoring/shared/schema/programme';
import { z } from 'zod';

/**
 * The `exports` namespace of `shared/locales/<lng>/exports.json`: the few words of exported documents
 * that are not field labels (those come from the shared template texts). Strict, so a key the
 * exports do not use fails here (the resource check's "no unused key" for this namespace).
 */
const ExportFileSchema = z.strictObject({
  programme: z.string(),
  menteeCity: z.string(),
  mentorCity: z.string(),
  yes: z.string(),
  no: z.string(),
  /** Shown for a field nobody filled in. */
  empty: z.string(),
  /** The heading of a board's comments, what a thread about the whole board is on, and so on. */
  comments: z.string(),
  wholeBoard: z.string(),
  removedItem: z.string(),
  resolved: z.string(),
  /** PDF footer, with `{{page}}` and `{{of}}`. */
  page: z.string(),
  /** The line under the document's title saying when it was made, with `{{date}}`. */
  exportedOn: z.string(),
  /** The programme report (issue 14; report-outline.ts), and an untitled meeting's calendar name. */
  report: z.strictObject({
    title: z.string(),
    /** With `{{mentee}}` and `{{mentor}}`. */
    subtitle: z.string(),
    /** With `{{date}}`. */
    madeOn: z.string(),
    meeting: z.string(),
    /** With `{{name}}`: the approved version's. */
    approved: z.string(),
    approvalBody: z.string(),
    approvalDate: z.string(),
    approvalReference: z.string(),
    approvedBy: z.string(),
    notApproved: z.string(),
    monitoring: z.string(),
    action: z.string(),
    unknownAction: z.string(),
  }),
});

/** The words of exported documents in one language. */
export interface ExportStrings extends Omit<z.infer<typeof ExportFileSchema>, 'page' | 'exportedOn'> {
  /** PDF footer: `Page 2 of 5`. */
  readonly page: (page: number, of: number) => string;
  /** `Exported on 3 March 2026`, given the date already written in the language. */
  readonly exportedOn: (date: string) => string;
}

/** The export strings of `language`, read from its resource file. */
export function exportStrings(resource: unknown): ExportStrings {
  const file = ExportFileSchema.parse(resource);
  return {
    ...file,
    page: (page, of) => file.page.replace('{{page}}', String(page)).replace('{{of}}', String(of)),
    exportedOn: (date) => file.exportedOn.replace('{{date}}', date),
  };
}

// Read once when the exports are first imported: the files ship with the server, and a missing or
// broken one should stop the server at start rather than at the first export.
registerAllTemplateTexts();

/** {@link ExportStrings} by language (export language, by default the programme's). */
export const EXPORT_STRINGS: { readonly [L in Language]: ExportStrings } = Object.fromEntries(
  LanguageSchema.options.map((language) => [language, exportStrings(readLocaleFile(language, 'exports'))]),
) as { [L in Language]: ExportStrings };

/** BCP 47 tags of the languages, for document metadata (the same as the dates and numbers use). */
export const LANGUAGE_TAGS: { readonly [L in Language]: string } = LOCALE_TAGS;
