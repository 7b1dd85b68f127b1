import type { Language } from '@mentoring/shared/schema/programme';

/**
 * The few words of exported documents that are not field labels (those come from the shared
 * template texts), in each language of a programme.
 */
export interface ExportStrings {
  readonly programme: string;
  readonly menteeCity: string;
  readonly mentorCity: string;
  readonly yes: string;
  readonly no: string;
  /** Shown for a field nobody filled in. */
  readonly empty: string;
  /** The heading of a board's comments, what a thread about the whole board is on, and so on. */
  readonly comments: string;
  readonly wholeBoard: string;
  readonly removedItem: string;
  readonly resolved: string;
  /** PDF footer: `Page 2 of 5`. */
  readonly page: (page: number, of: number) => string;
}

/** {@link ExportStrings} by programme language. */
export const EXPORT_STRINGS: { readonly [L in Language]: ExportStrings } = {
  en: {
    programme: 'Programme',
    menteeCity: 'Mentee city',
    mentorCity: 'Mentor city',
    yes: 'Yes',
    no: 'No',
    empty: '—',
    comments: 'Comments',
    wholeBoard: 'The whole board',
    removedItem: 'A removed item',
    resolved: 'resolved',
    page: (page, of) => `Page ${page} of ${of}`,
  },
  es: {
    programme: 'Programa',
    menteeCity: 'Ciudad mentorizada',
    mentorCity: 'Ciudad mentora',
    yes: 'Sí',
    no: 'No',
    empty: '—',
    comments: 'Comentarios',
    wholeBoard: 'El tablero en general',
    removedItem: 'Un elemento eliminado',
    resolved: 'resuelto',
    page: (page, of) => `Página ${page} de ${of}`,
  },
};

/** BCP 47 tags of the languages, for document metadata. */
export const LANGUAGE_TAGS: { readonly [L in Language]: string } = { en: 'en-GB', es: 'es-ES' };
