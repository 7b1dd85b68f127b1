import type { Language } from '../schema/programme.js';

/**
 * Dates, numbers, lists and sort order in the conventions of one language, through `Intl`: one
 * place for the client's lists and the server's exports, so that "3 March 2026" reads
 * "3 Μαρτίου 2026" in Greek and "2026. gada 3. martā" in Latvian everywhere it is shown.
 *
 * The BCP 47 region of each language follows the export metadata (`nl-BE`: the guide's Dutch
 * speakers are Flemish; `en-GB`: the programme's English is European).
 */
export const LOCALE_TAGS: { readonly [L in Language]: string } = {
  en: 'en-GB',
  es: 'es-ES',
  fr: 'fr-FR',
  it: 'it-IT',
  nl: 'nl-BE',
  el: 'el-GR',
  lv: 'lv-LV',
};

/** A date as stored: a `Date`, epoch milliseconds, or an ISO string (a bare `YYYY-MM-DD` is a calendar day). */
export type DateInput = Date | number | string;

function toDate(value: DateInput): Date | null {
  // A calendar day has no time zone: read it at noon UTC so no zone moves it to another day.
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const calendarDay = (value: DateInput) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** A day, e.g. `3 March 2026` (`long`) or `3 Mar 2026` (`medium`); the input as given if it is no date. */
export function formatDate(
  language: Language,
  value: DateInput,
  style: 'long' | 'medium' | 'short' = 'long',
): string {
  const date = toDate(value);
  if (!date) return String(value);
  const options: Intl.DateTimeFormatOptions = { dateStyle: style };
  if (calendarDay(value)) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], options).format(date);
}

/**
 * A moment with its time, e.g. `3 Mar 2026, 14:05`. `timeZone`: where the reader is (default: the
 * runtime's; the server passes `UTC` and says so, as it does not know the reader's zone).
 */
export function formatDateTime(language: Language, value: DateInput, timeZone?: string): string {
  const date = toDate(value);
  if (!date) return String(value);
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

/** A time of day given as `HH:MM` (agenda slots), in the language's clock (`14:05`, `2:05 pm`). */
export function formatTime(language: Language, hhmm: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], { timeStyle: 'short', timeZone: 'UTC' }).format(date);
}

// Building an Intl.NumberFormat costs far more than using one, and every interpolated number of
// every translated string comes here (a 200-row plan's labels: ~1 000 calls on first render, 180 ms).
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the language's separators (`1 234,5` in French, `1.234,5` in Greek). */
export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${language} ${JSON.stringify(options)}` : language;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAGS[language], options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** "a, b and c" (`conjunction`) or "a, b or c" (`disjunction`) in the language. */
export function formatList(
  language: Language,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(LOCALE_TAGS[language], { style: 'long', type }).format(items);
}

/**
 * The language's alphabetical order for names people read (Latvian puts `Č` after `C`, Greek sorts
 * accented vowels with plain ones), ignoring case and accents only where the language does, and
 * digits by value (`Action 2` before `Action 10`).
 */
export function collator(language: Language): Intl.Collator {
  return new Intl.Collator(LOCALE_TAGS[language], { sensitivity: 'variant', numeric: true });
}

/** A copy of `items` sorted by `name` in the language's order (see {@link collator}). */
export function sortByName<T>(language: Language, items: readonly T[], name: (item: T) => string): T[] {
  const compare = collator(language).compare;
  return [...items].sort((a, b) => compare(name(a), name(b)));
}

/**
 * Whether `text` contains `query`, ignoring case and accents as a search box should
 * (`thessaloniki` finds nothing Greek, but `θεσσαλονικη` finds `Θεσσαλονίκη`).
 */
export function matchesSearch(language: Language, text: string, query: string): boolean {
  const fold = (value: string) =>
    value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(LOCALE_TAGS[language]);
  return fold(text).includes(fold(query.trim()));
}
