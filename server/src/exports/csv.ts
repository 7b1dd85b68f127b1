import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import { listTable, tableListOf } from './outline-table.js';
import { declarationOf, type ValueContext } from './outline-values.js';

/**
 * CSV as RFC 4180 describes it: records end in CRLF (the last one too); a field containing a comma,
 * a double quote, CR or LF is enclosed in double quotes, with its quotes doubled. UTF-8 with a byte
 * order mark, so that spreadsheet programs read accents and other scripts correctly.
 */

const BOM = '\uFEFF';

/** One field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A cell that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `@`, `-` before anything but
 * a letter) gets a leading apostrophe, so that a board's text can never act in someone's spreadsheet.
 * Spreadsheets skip leading spaces and line breaks and read full-width signs (`＝`) as ASCII ones, so
 * the test looks past the former and at the NFKC form of the first characters.
 */
export function defuseFormula(value: string): string {
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const head = value
    .slice(0, 32)
    .normalize('NFKC')
    .replace(/^[\s\p{Cc}]+/u, '');
  // `- a list item` stays as written; `-1+1`, `- 1+1` and `--1` do not.
  return /^(?:[=+@]|-\s*[^\s\p{L}])/u.test(head) ? `'${value}` : value;
}

/** The records as CSV text (with the byte order mark). */
export function encodeCsv(records: readonly (readonly string[])[]): string {
  return BOM + records.map((record) => `${record.map(csvField).join(',')}\r\n`).join('');
}

/** True when boards of `kind` can be exported as CSV (they hold one table). */
export function hasCsv(kind: TemplateKind): boolean {
  return tableListOf(TEMPLATES[kind]) !== undefined;
}

/**
 * The board's table as CSV: a header row with the column labels in the export language, then
 * one record per row of the board (action rows, network members).
 */
export function boardCsv(context: ValueContext, content: Readonly<Record<string, unknown>>): Buffer {
  const list = tableListOf(declarationOf(context));
  if (!list) throw new Error(`${context.kind} has no table`);
  const { columns, rows } = listTable({ ...context, plainValues: true }, list, content[list], 'columns');
  return Buffer.from(encodeCsv([columns, ...rows.map((row) => row.map(defuseFormula))]), 'utf8');
}
