import type { TemplateDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { schemaAt } from '@mentoring/shared/schema/templates/walk';
import { z } from 'zod';
import { declarationOf, formatValue, labelOf, type ValueContext } from './outline-values.js';

/** Reading a template's JSON form by its schema, and a list as a table (for the outline and the CSV). */

export type Json = Readonly<Record<string, unknown>>;

/** Keys that are bookkeeping, not something a person filled in (`kind` only at the top: the board kind). */
const TECHNICAL = new Set(['id', 'proposedBy', 'comments']);

export const asRecord = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
export const asItems = (value: unknown): Json[] => (Array.isArray(value) ? value.map(asRecord) : []);
export const fieldsOf = (schema: z.ZodObject, top = false) =>
  Object.entries(schema.shape).filter(([key]) => !TECHNICAL.has(key) && !(top && key === 'kind'));
export const isItemList = (schema: unknown): schema is z.ZodArray<z.ZodObject> =>
  schema instanceof z.ZodArray && schema.element instanceof z.ZodObject;

/** The list a spreadsheet export of the template takes (its one table), if any. */
export function tableListOf(template: TemplateDeclaration): string | undefined {
  return template.export?.table;
}

/**
 * The rows of a list as a table: a column per field, in form order; nested lists are left out. Sets
 * (a row's needs, its key factors) become columns too, or, with `sets: 'notes'`, lines added to the
 * first cell, to keep the annex's six columns. A table list's items must not hold lists of their own.
 */
export function listTable(
  context: ValueContext,
  path: string,
  items: unknown,
  sets: 'columns' | 'notes',
  /** Fields shown as `label: value` lines under the last cell rather than as columns (a session's board). */
  inLastCell: readonly string[] = [],
) {
  const schema = schemaAt(declarationOf(context).schema, path);
  if (!isItemList(schema)) throw new Error(`${context.kind} has no list ${path}`);
  const fields = fieldsOf(schema.element).filter(([, child]) => !isItemList(child));
  const isSet = (child: unknown) => sets === 'notes' && child instanceof z.ZodArray;
  const isColumn = ([key, child]: [string, unknown]) => !isSet(child) && !inLastCell.includes(key);
  const columns = fields.filter(isColumn).map(([key]) => labelOf(context, `${path}.${key}`));
  const rows = asItems(items).map((item) => {
    const cells: string[] = [];
    const notes: string[] = [];
    const lastNotes: string[] = [];
    for (const entry of fields) {
      const [key] = entry;
      const value = formatValue(context, `${path}.${key}`, item[key]);
      const line = `${labelOf(context, `${path}.${key}`)}: ${value}`;
      if (isColumn(entry)) cells.push(value);
      else if (value && inLastCell.includes(key)) lastNotes.push(line);
      else if (value) notes.push(line);
    }
    if (notes.length > 0) cells[0] = [cells[0] ?? '', ...notes].filter(Boolean).join('\n');
    const last = cells.length - 1;
    if (lastNotes.length > 0 && last >= 0)
      cells[last] = [cells[last], ...lastNotes].filter(Boolean).join('\n');
    return cells;
  });
  return { columns, rows };
}
