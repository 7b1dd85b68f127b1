import type * as Y from 'yjs';
import type { z } from 'zod';
import { type Deletion, DeletionSchema, type PersonRef } from '../schema/templates/common.js';
import {
  ensureList,
  ensureSet,
  ensureText,
  getList,
  type Owner,
  setValue,
  toggleEntry,
  transact,
} from './fields.js';
import { entries, findEntry, ItemKey, keyAt, liveEntries } from './items.js';
import type { ItemValues, RecordSpec, ScalarKey, ScalarValue, SetKey, TextKey } from './layout.js';
import { cryptoRandom, type Random } from './random.js';
import { checkValues, createItem, readItem } from './record.js';

/**
 * Typed helpers for one list of a template (rows of the action plan, key factors, visits...).
 * `owner` is the Y.Doc for a board's own lists, or the parent item's Y.Map for a nested list (the
 * agenda of one visit: `visits.item(doc, visitId)`).
 *
 * Rules, all documented in the doc/README.md:
 * - move rewrites only the item's order key, so a concurrent edit of the item's text is kept;
 *   two people moving the same item at once: the last writer's position wins.
 * - delete hides the item and records who deleted it; the item stays in the document, so an edit
 *   made concurrently is not lost: it is in the hidden item and comes back with `restore`.
 *   `purge` removes an item for good (and with it any such late edit).
 */
export interface ListHandle<S extends RecordSpec, T> {
  readonly key: string;
  readonly spec: S;
  /** Ids of the live items, in display order. */
  ids(owner: Owner): string[];
  /** The item's Y.Map (deleted items too), e.g. as the owner of its nested lists. */
  item(owner: Owner, id: string): Y.Map<unknown> | undefined;
  /** The live items with their Y.Maps, in display order: one pass, where `item` per id is one each. */
  live(owner: Owner): { id: string; map: Y.Map<unknown> }[];
  /** The JSON form of one item (deleted items too). */
  read(owner: Owner, id: string): T | undefined;
  /** Inserts a new item at display position `index` (default: the end) and returns its id. */
  insert(owner: Owner, options: InsertOptions<S>): string;
  /** The Y.Text of one field of an item, for binding an editor; created if the item lacks it. */
  text(owner: Owner, id: string, field: TextKey<S>): Y.Text | undefined;
  /** Sets a plain value of an item (validated). */
  set<K extends ScalarKey<S>>(owner: Owner, id: string, key: K, value: ScalarValue<S, K>): boolean;
  /** Adds (`on`) or removes an entry of one of the item's sets. */
  toggle(owner: Owner, id: string, set: SetKey<S>, entry: string, on: boolean): boolean;
  /** Moves a live item to display position `index` among the live items. */
  move(owner: Owner, id: string, index: number, random?: Random): boolean;
  /** Deletes (hides) an item, recording who and when. */
  remove(owner: Owner, id: string, by: PersonRef, at?: string): boolean;
  /** Brings a deleted item back at its old position, with every edit made to it meanwhile. */
  restore(owner: Owner, id: string): boolean;
  /** Deleted items, most recently deleted first, for an undo or trash view. */
  trash(owner: Owner): { item: T; deleted: Deletion }[];
  /** Removes an item for good. */
  purge(owner: Owner, id: string): boolean;
}

/** What {@link ListHandle.insert} takes. */
export interface InsertOptions<S extends RecordSpec> {
  /** Who proposes the item; kept in the document. */
  readonly by: PersonRef | null;
  /** Display position among the live items; default the end. */
  readonly index?: number;
  readonly values?: ItemValues<S>;
  /** A chosen id; default random. Throws if the list already has it. */
  readonly id?: string;
  readonly random?: Random;
}

/** Typed helpers for the list `key` whose items follow `spec` and validate against `schema`. */
export function listHandle<S extends RecordSpec, T extends z.ZodType>(
  key: string,
  spec: S,
  schema: T,
): ListHandle<S, z.output<T>> {
  const find = (owner: Owner, id: string) => findEntry(getList(owner, key), id);
  const parse = (map: Y.Map<unknown>): z.output<T> => schema.parse(readItem(map, spec));

  return {
    key,
    spec,
    ids: (owner) => liveEntries(getList(owner, key)).map((entry) => entry.id),
    item: (owner, id) => find(owner, id)?.map,
    live: (owner) => liveEntries(getList(owner, key)).map(({ id, map }) => ({ id, map })),
    read(owner, id) {
      const entry = find(owner, id);
      return entry ? parse(entry.map) : undefined;
    },
    insert(owner, options) {
      const random = options.random ?? cryptoRandom;
      const values = options.values ?? {};
      checkValues(spec, values);
      return transact(owner, () => {
        const list = ensureList(owner, key);
        if (options.id !== undefined && findEntry(list, options.id)) {
          throw new Error(`an item with id ${options.id} already exists`);
        }
        const sorted = liveEntries(list);
        const order = keyAt(sorted, options.index ?? sorted.length, random);
        const item = { id: options.id, proposedBy: options.by, order, values, random };
        return createItem(list, spec, item).id;
      });
    },
    text(owner, id, field) {
      const entry = find(owner, id);
      return entry && spec.texts.includes(field) ? ensureText(entry.map, field) : undefined;
    },
    set(owner, id, field, value) {
      const entry = find(owner, id);
      const scalar = spec.scalars[field];
      if (!entry || !scalar) return false;
      setValue(entry.map, field, scalar.schema.parse(value));
      return true;
    },
    toggle(owner, id, set, value, on) {
      const entry = find(owner, id);
      if (!entry || !spec.sets.includes(set)) return false;
      transact(owner, () => toggleEntry(ensureSet(entry.map, set), value, on));
      return true;
    },
    move(owner, id, index, random = cryptoRandom) {
      const list = getList(owner, key);
      const entry = findEntry(list, id);
      if (!entry || entry.deleted) return false;
      const others = liveEntries(list).filter((other) => other.id !== id);
      setValue(entry.map, ItemKey.order, keyAt(others, index, random));
      return true;
    },
    remove(owner, id, by, at = new Date().toISOString()) {
      const entry = find(owner, id);
      if (!entry || entry.deleted) return false;
      setValue(entry.map, ItemKey.deleted, DeletionSchema.parse({ by, at }));
      return true;
    },
    restore(owner, id) {
      const entry = find(owner, id);
      if (!entry?.deleted) return false;
      transact(owner, () => entry.map.delete(ItemKey.deleted));
      return true;
    },
    trash(owner) {
      const found: { item: z.output<T>; deleted: Deletion }[] = [];
      for (const entry of entries(getList(owner, key)).filter((candidate) => candidate.deleted)) {
        const deleted = DeletionSchema.safeParse(entry.map.get(ItemKey.deleted));
        if (deleted.success) found.push({ item: parse(entry.map), deleted: deleted.data });
      }
      return found.sort((a, b) => (a.deleted.at < b.deleted.at ? 1 : a.deleted.at > b.deleted.at ? -1 : 0));
    },
    purge(owner, id) {
      const list = getList(owner, key);
      const entry = findEntry(list, id);
      if (!list || !entry) return false;
      transact(owner, () => list.delete(entry.index, 1));
      return true;
    },
  };
}
