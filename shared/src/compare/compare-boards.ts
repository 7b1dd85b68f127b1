import { z } from 'zod';
import type { TemplateDeclaration } from '../schema/templates/declaration.js';
import { commonSubsequence, type DiffSegment, diffWords } from './word-diff.js';

/**
 * Compares two JSON forms of a board (two versions of an action plan, of a needs analysis, of any
 * template): which fields changed, and for each list of items with ids (rows, practices, visits)
 * which rows were added, removed, moved or changed, and in which cells. Changed text comes with a
 * word-level diff to mark it. Pure: the client shows the result.
 */

/** A field or cell whose value differs. `path` is dotted, relative to the board or to the row. */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /** For text: the word diff. For a set of strings: one segment per entry. Absent for other values. */
  readonly segments?: readonly DiffSegment[];
}

export type RowStatus = 'same' | 'added' | 'removed' | 'changed';

/** One row (list item) in the merged order: the newer version's, removed rows where they were. */
export interface RowComparison {
  readonly id: string;
  readonly status: RowStatus;
  /** In both versions, but its place relative to the other such rows changed. */
  readonly moved: boolean;
  readonly before?: Readonly<Record<string, unknown>>;
  readonly after?: Readonly<Record<string, unknown>>;
  /** The cells that changed; empty unless `status` is `changed`. */
  readonly cells: readonly FieldChange[];
  /** The row's own lists (a visit's agenda, a key factor's examples), compared the same way. */
  readonly lists: readonly ListComparison[];
}

/** Every row of one list, e.g. `rows` of the action plan or `visits.agenda` within a visit. */
export interface ListComparison {
  readonly path: string;
  readonly rows: readonly RowComparison[];
}

export interface BoardComparison {
  /** False when the two versions show the same content. */
  readonly changed: boolean;
  /** The board's own fields that changed (`version`, `localContext.population`). */
  readonly fields: readonly FieldChange[];
  /** Every list of items of the board, with all its rows. */
  readonly lists: readonly ListComparison[];
}

export interface CompareOptions {
  /** Keys left out at every level; default: comments and who proposed an item (not content). */
  readonly ignore?: readonly string[];
  /**
   * The template both versions are of: its schema says which values are lists of items (even when
   * empty in both) and gives the fields' order. Without it, both are read from the values.
   */
  readonly template?: TemplateDeclaration;
}

type JsonRecord = Readonly<Record<string, unknown>>;
type Item = JsonRecord & { readonly id: string };

const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isItem = (value: unknown): value is Item => isRecord(value) && typeof value.id === 'string';
const isItemList = (value: unknown): value is Item[] =>
  Array.isArray(value) && value.length > 0 && value.every(isItem);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** True when a list shows any difference. */
export function listChanged(list: ListComparison): boolean {
  return list.rows.some((row) => row.status !== 'same' || row.moved);
}

function setChange(path: string, before: string[], after: string[]): FieldChange | null {
  const kept = before.filter((entry) => after.includes(entry));
  if (kept.length === before.length && kept.length === after.length) return null;
  const segments: DiffSegment[] = [
    ...kept.map((text) => ({ kind: 'same' as const, text })),
    ...before.filter((entry) => !after.includes(entry)).map((text) => ({ kind: 'removed' as const, text })),
    ...after.filter((entry) => !before.includes(entry)).map((text) => ({ kind: 'added' as const, text })),
  ];
  return { path, before, after, segments };
}

function valueChange(path: string, before: unknown, after: unknown): FieldChange | null {
  if (isStringList(before) || isStringList(after)) {
    return setChange(path, isStringList(before) ? before : [], isStringList(after) ? after : []);
  }
  if (Object.is(before, after) || JSON.stringify(before) === JSON.stringify(after)) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined ? '' : null);
  const a = text(before);
  const b = text(after);
  return a !== null && b !== null
    ? { path, before, after, segments: diffWords(a, b) }
    : { path, before, after };
}

interface RecordComparison {
  fields: FieldChange[];
  lists: ListComparison[];
}

/** A list of items by the schema, when known (`z.ZodObject` of its items), else by the values. */
function itemSchemaOf(schema: z.ZodObject | undefined, key: string): z.ZodObject | null | undefined {
  const child: unknown = schema?.shape[key];
  if (child instanceof z.ZodArray) return child.element instanceof z.ZodObject ? child.element : null;
  return child instanceof z.ZodObject ? null : undefined;
}

function compareRecord(
  before: JsonRecord,
  after: JsonRecord,
  prefix: string,
  ignore: Set<string>,
  schema?: z.ZodObject,
) {
  const out: RecordComparison = { fields: [], lists: [] };
  const keys = [
    ...new Set([...Object.keys(schema?.shape ?? {}), ...Object.keys(after), ...Object.keys(before)]),
  ].filter((key) => !ignore.has(key));
  for (const key of keys) {
    const path = `${prefix}${key}`;
    const [b, a] = [before[key], after[key]];
    const items = itemSchemaOf(schema, key);
    if (items || (items === undefined && (isItemList(b) || isItemList(a)))) {
      const list = compareList(
        path,
        isItemList(b) ? b : [],
        isItemList(a) ? a : [],
        ignore,
        items ?? undefined,
      );
      if (items === undefined || list.rows.length > 0) out.lists.push(list);
    } else if (isRecord(b) && isRecord(a)) {
      const child: unknown = schema?.shape[key];
      const inner = compareRecord(b, a, `${path}.`, ignore, child instanceof z.ZodObject ? child : undefined);
      out.fields.push(...inner.fields);
      out.lists.push(...inner.lists);
    } else {
      const change = valueChange(path, b, a);
      if (change) out.fields.push(change);
    }
  }
  return out;
}

function compareList(
  path: string,
  before: Item[],
  after: Item[],
  ignore: Set<string>,
  schema?: z.ZodObject,
): ListComparison {
  const beforeIds = before.map((item) => item.id);
  const afterIds = new Set(after.map((item) => item.id));
  const commonBefore = beforeIds.filter((id) => afterIds.has(id));
  const commonAfter = after.map((item) => item.id).filter((id) => beforeIds.includes(id));
  const inPlace = new Set(commonSubsequence(commonBefore, commonAfter).map(([i]) => commonBefore[i]));
  const rowIgnore = new Set([...ignore, 'id']);
  const rows: RowComparison[] = [];
  const removedRow = (item: Item): RowComparison => ({
    id: item.id,
    status: 'removed',
    moved: false,
    before: item,
    cells: [],
    lists: [],
  });
  const emitted = new Set<string>();
  let next = 0;
  for (const item of after) {
    const at = beforeIds.indexOf(item.id);
    const old = before[at];
    if (!old) {
      rows.push({ id: item.id, status: 'added', moved: false, after: item, cells: [], lists: [] });
      continue;
    }
    // Rows removed just before this one in the older version go here.
    for (; next < at; next += 1) {
      const candidate = before[next];
      if (candidate && !afterIds.has(candidate.id) && !emitted.has(candidate.id)) {
        emitted.add(candidate.id);
        rows.push(removedRow(candidate));
      }
    }
    next = Math.max(next, at + 1);
    const { fields, lists } = compareRecord(old, item, '', rowIgnore, schema);
    const changed = fields.length > 0 || lists.some(listChanged);
    const moved = !inPlace.has(item.id);
    rows.push({
      id: item.id,
      status: changed ? 'changed' : 'same',
      moved,
      before: old,
      after: item,
      cells: fields,
      lists,
    });
  }
  for (const item of before) {
    if (!afterIds.has(item.id) && !emitted.has(item.id)) rows.push(removedRow(item));
  }
  return { path, rows };
}

/**
 * Compares two JSON forms of the same template. Lists of items are matched by item id; everything
 * else by key. Throws when the two are of different kinds.
 */
export function compareBoards(
  before: JsonRecord,
  after: JsonRecord,
  options: CompareOptions = {},
): BoardComparison {
  if (before.kind !== after.kind)
    throw new Error(`cannot compare a ${String(before.kind)} with a ${String(after.kind)}`);
  const ignore = new Set(options.ignore ?? ['comments', 'proposedBy']);
  const { fields, lists } = compareRecord(before, after, '', ignore, options.template?.schema);
  return { changed: fields.length > 0 || lists.some(listChanged), fields, lists };
}
