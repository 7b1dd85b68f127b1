import * as Y from 'yjs';
import { type PersonRef, PersonRefSchema } from '../schema/templates/common.js';
import {
  ensureSet,
  ensureText,
  getList,
  getSet,
  getText,
  getValue,
  type Owner,
  replaceText,
  setEntries,
  setValue,
  toggleEntry,
} from './fields.js';
import { ItemKey, liveEntries } from './items.js';
import type { RecordSpec, ScalarSpec } from './layout.js';
import { keyBetween } from './order.js';
import { newId, type Random } from './random.js';

/**
 * Generic reading and writing of a record (a board's own fields or one item) from its layout. Reading
 * never fails on what another client wrote: a missing or malformed value reads as its fallback, so
 * the schemas validate shapes this code produced.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A dotted key `a.b` becomes the nested property `a: { b }` of the JSON form.
function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() ?? path;
  let node = target;
  for (const part of parts) {
    const child = node[part];
    if (isRecord(child)) node = child;
    else {
      const created: Json = {};
      node[part] = created;
      node = created;
    }
  }
  node[last] = value;
}

function readScalar(value: unknown, spec: ScalarSpec): unknown {
  const parsed = spec.schema.safeParse(value);
  return parsed.success ? parsed.data : spec.fallback;
}

/** Who proposed an item, or null if unknown or malformed. */
export function readPerson(value: unknown): PersonRef | null {
  const parsed = PersonRefSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The JSON form of a record's fields (nested by dotted key), without id or provenance. */
export function readRecord(owner: Owner, spec: RecordSpec): Json {
  const out: Json = {};
  for (const key of spec.texts) setPath(out, key, getText(owner, key)?.toString() ?? '');
  for (const [key, scalar] of Object.entries(spec.scalars)) {
    setPath(out, key, readScalar(getValue(owner, key), scalar));
  }
  for (const key of spec.sets) setPath(out, key, setEntries(getSet(owner, key)));
  for (const [key, items] of Object.entries(spec.lists))
    setPath(out, key, readItems(getList(owner, key), items));
  return out;
}

/** The JSON form of one item: id, provenance and fields. */
export function readItem(map: Y.Map<unknown>, spec: RecordSpec): Json {
  return {
    id: map.get(ItemKey.id),
    proposedBy: readPerson(map.get(ItemKey.proposedBy)),
    ...readRecord(map, spec),
  };
}

/** The live items of a list, in display order. */
export function readItems(list: Y.Array<unknown> | undefined, spec: RecordSpec): Json[] {
  return liveEntries(list).map((entry) => readItem(entry.map, spec));
}

function strings(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : [];
  return list.filter((entry): entry is string => typeof entry === 'string');
}

/**
 * Writes the given fields of a record: texts are edited to the new value (see replaceText), scalars
 * validated and set, set entries added. Keys that are absent or undefined are left alone.
 */
export function writeFields(owner: Owner, spec: RecordSpec, values: Readonly<Json>): void {
  for (const key of spec.texts) {
    const value = values[key];
    if (typeof value === 'string') replaceText(ensureText(owner, key), value);
  }
  for (const [key, scalar] of Object.entries(spec.scalars)) {
    if (values[key] !== undefined) setValue(owner, key, scalar.schema.parse(values[key]));
  }
  for (const key of spec.sets) {
    const entries = strings(values[key]);
    if (entries.length === 0) continue;
    const set = ensureSet(owner, key);
    for (const entry of entries) toggleEntry(set, entry, true);
  }
}

/**
 * Throws if a plain value of `values` (nested items included) does not fit the layout. Yjs does not
 * roll a transaction back, so values are checked before anything is written.
 */
export function checkValues(spec: RecordSpec, values: Readonly<Json>): void {
  for (const [key, scalar] of Object.entries(spec.scalars)) {
    if (values[key] !== undefined) scalar.schema.parse(values[key]);
  }
  for (const [key, childSpec] of Object.entries(spec.lists)) {
    const children: unknown = values[key];
    const list: unknown[] = Array.isArray(children) ? children : [];
    for (const child of list) {
      if (isRecord(child)) checkValues(childSpec, child);
    }
  }
}

/** What {@link createItem} needs besides the list and the layout. */
export interface NewItem {
  readonly id?: string;
  readonly proposedBy: PersonRef | null;
  readonly order: string;
  readonly values: Readonly<Json>;
  readonly random: Random;
}

/**
 * Appends a complete item to `list`: every text, set and nested list of its layout is created now,
 * in the caller's transaction, so no other client ever has to create (and race over) them.
 */
export function createItem(
  list: Y.Array<unknown>,
  spec: RecordSpec,
  item: NewItem,
): { id: string; map: Y.Map<unknown> } {
  const map = new Y.Map<unknown>();
  list.push([map]);
  const id = item.id ?? newId(item.random);
  map.set(ItemKey.id, id);
  map.set(ItemKey.proposedBy, item.proposedBy);
  map.set(ItemKey.order, item.order);
  for (const key of spec.texts) map.set(key, new Y.Text());
  for (const key of spec.sets) map.set(key, new Y.Map<unknown>());
  writeFields(map, spec, item.values);
  for (const [key, childSpec] of Object.entries(spec.lists)) {
    const children = new Y.Array<unknown>();
    map.set(key, children);
    const childValues: unknown = item.values[key];
    const list: unknown[] = Array.isArray(childValues) ? childValues : [];
    let previous: string | null = null;
    for (const values of list) {
      if (!isRecord(values)) continue;
      const order = keyBetween(previous, null, item.random);
      createItem(children, childSpec, { proposedBy: item.proposedBy, order, values, random: item.random });
      previous = order;
    }
  }
  return { id, map };
}
