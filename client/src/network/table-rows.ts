import { collator, matchesSearch } from '@mentoring/shared/i18n/format';
import type { ProgrammeRow } from '@mentoring/shared/network/api';
import type { Language } from '@mentoring/shared/schema/programme';

export const SORT_KEYS = [
  'title',
  'phase',
  'nextVisit',
  'lastActivity',
  'needsAnalysisPercent',
  'actionPlanPercent',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const PHASE_ORDER = ['preparation', 'setup', 'visits', 'approval', 'implementation', 'finished'];

function sortValue(row: ProgrammeRow, key: SortKey): string | number {
  if (key === 'phase') return PHASE_ORDER.indexOf(row.phase);
  // No visit planned sorts after every date.
  if (key === 'nextVisit') return row.nextVisit || '9999';
  return row[key];
}

/**
 * The cities of a row, each once: a multilateral programme's `cities` already hold its first two
 * (kept in `menteeCity`/`mentorCity` for older readers), so they are not added again.
 */
export function cityLine(row: ProgrammeRow): string {
  return row.cities ? row.cities.join(', ') : `${row.menteeCity} – ${row.mentorCity}`;
}

/**
 * The rows whose title or cities contain `text` (ignoring case and accents, as a search box should)
 * and whose phase is `phase` ('' for any), sorted; titles in the reader's language's order (Greek
 * and Latvian names sort as their readers expect, `Action 2` before `Action 10`).
 */
export function visibleRows(
  language: Language,
  rows: readonly ProgrammeRow[],
  text: string,
  phase: string,
  sort: Sort,
): ProgrammeRow[] {
  const kept = rows.filter(
    (row) =>
      (phase === '' || row.phase === phase) && matchesSearch(language, `${row.title} ${cityLine(row)}`, text),
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compareText = collator(language).compare;
  const compare = (x: string | number, y: string | number) =>
    typeof x === 'string' && typeof y === 'string' ? compareText(x, y) : x < y ? -1 : x > y ? 1 : 0;
  return kept.sort(
    (a, b) => (compare(sortValue(a, sort.key), sortValue(b, sort.key)) || (a.id < b.id ? -1 : 1)) * sign,
  );
}

const field = (value: string) => {
  // A cell a spreadsheet would run as a formula gets a leading apostrophe: also behind leading
  // spaces or line breaks and in full-width forms (the rule of the server's CSV exports).
  const head = value.replace(/^[\s\u3000]+/u, '').normalize('NFKC');
  const formula = /^[=+@]/.test(head) || /^-\s*[^\s\p{L}]/u.test(head) || /^[\t\r\n]/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** RFC 4180 CSV with a byte order mark, so spreadsheets read accents and other scripts. */
export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...records].map((r) => `${r.map(field).join(',')}\r\n`).join('')}`;
}
