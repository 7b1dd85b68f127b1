import * as Y from 'yjs';
import { isOrderKey, keyBetween } from './order.js';
import type { Random } from './random.js';

/**
 * List items: a Y.Array of Y.Map, one map per item, shown in the order of their `order` keys (ties
 * broken by id), not in array order. The array is only ever appended to, and an item's map is never
 * replaced: moving an item rewrites its `order` key, deleting it sets `deleted`. So a text edit to an
 * item always lands in the one Y.Text that item has, whatever others do to the list meanwhile.
 */

/** Keys every item map holds besides its fields. */
export const ItemKey = {
  id: 'id',
  proposedBy: 'proposedBy',
  order: 'order',
  /** `{ by, at }` while the item is deleted (hidden); absent otherwise. */
  deleted: 'deleted',
} as const;

/** One item as found in its list. */
export interface Entry {
  readonly map: Y.Map<unknown>;
  readonly id: string;
  readonly order: string;
  /** Position in the Y.Array (not the display position). */
  readonly index: number;
  readonly deleted: boolean;
}

/** Every well-formed item of a list, deleted ones included, in array order; the first of a duplicate id wins. */
export function entries(list: Y.Array<unknown> | undefined): Entry[] {
  if (!list) return [];
  const seen = new Set<string>();
  const found: Entry[] = [];
  list.forEach((map, index) => {
    if (!(map instanceof Y.Map)) return;
    const id: unknown = map.get(ItemKey.id);
    if (typeof id !== 'string' || id === '' || seen.has(id)) return;
    seen.add(id);
    const order: unknown = map.get(ItemKey.order);
    const deleted = map.get(ItemKey.deleted) !== undefined;
    found.push({ map, id, order: isOrderKey(order) ? order : '', index, deleted });
  });
  return found;
}

function byOrder(a: Entry, b: Entry): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The items that are not deleted, in display order. */
export function liveEntries(list: Y.Array<unknown> | undefined): Entry[] {
  return entries(list)
    .filter((entry) => !entry.deleted)
    .sort(byOrder);
}

/** The item with this id, deleted or not. */
export function findEntry(list: Y.Array<unknown> | undefined, id: string): Entry | undefined {
  return entries(list).find((entry) => entry.id === id);
}

/**
 * An order key that puts an item at display position `index` of `sorted` (which must not contain
 * the item itself). When the neighbours' keys tie (two concurrent inserts drew the same key, which
 * the random digits make very unlikely), the item goes after the tied group.
 */
export function keyAt(sorted: readonly Entry[], index: number, random: Random): string {
  const at = Math.max(0, Math.min(index, sorted.length));
  const before = at > 0 ? (sorted[at - 1]?.order ?? null) : null;
  let after: string | null = null;
  for (const entry of sorted.slice(at)) {
    if (entry.order > (before ?? '')) {
      after = entry.order;
      break;
    }
  }
  return keyBetween(before === '' ? null : before, after, random);
}
