import type { ProgrammeRow } from '@mentoring/shared/network/api';

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

/** The rows whose title or cities contain `text` (any case) and whose phase is `phase` ('' for any), sorted. */
export function visibleRows(
  rows: readonly ProgrammeRow[],
  text: string,
  phase: string,
  sort: Sort,
): ProgrammeRow[] {
  const needle = text.trim().toLocaleLowerCase();
  const kept = rows.filter(
    (row) =>
      (phase === '' || row.phase === phase) &&
      (needle === '' ||
        `${row.title} ${row.menteeCity} ${row.mentorCity}`.toLocaleLowerCase().includes(needle)),
  );
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return kept.sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    return (x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1) * sign;
  });
}

const field = (value: string) => {
  // A cell a spreadsheet would run as a formula gets a leading apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** RFC 4180 CSV with a byte order mark, so spreadsheets read accents and other scripts. */
export function toCsv(header: readonly string[], records: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...records].map((r) => `${r.map(field).join(',')}\r\n`).join('')}`;
}
