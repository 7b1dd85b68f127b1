import * as Y from 'yjs';

/**
 * The small Yjs toolkit every template uses: where a field lives, how to get or lazily create it,
 * and text and set edits that keep concurrent work.
 *
 * Where fields live. A board's own fields are named root types of the Y.Doc (`text:<key>`,
 * `set:<key>`, `list:<key>`, plain values in the root map `board`); root types exist on every
 * client without being created, so there is nothing for two clients to race over. A list item's
 * fields are entries of its Y.Map, created together with the item by the one client inserting it.
 */

/** The holder of a record's fields: the Y.Doc for a board's own fields, a Y.Map for a list item. */
export type Owner = Y.Doc | Y.Map<unknown>;

/** Names of the root types; every root name is built here. */
export const RootName = {
  board: 'board',
  comments: 'comments',
  text: (key: string) => `text:${key}`,
  set: (key: string) => `set:${key}`,
  list: (key: string) => `list:${key}`,
} as const;

/** The Y.Doc an owner belongs to; throws for an item not (or no longer) in a document. */
export function docOf(owner: Owner): Y.Doc {
  if (owner instanceof Y.Doc) return owner;
  const doc = owner.doc;
  if (!doc) throw new Error('this item is not part of a document');
  return doc;
}

/** Runs `change` in one transaction of the owner's document, so others receive it as one update. */
export function transact<T>(owner: Owner, change: () => T): T {
  return docOf(owner).transact(change);
}

/** The Y.Text of a field, or undefined if an item lacks it. */
export function getText(owner: Owner, key: string): Y.Text | undefined {
  if (owner instanceof Y.Doc) return owner.getText(RootName.text(key));
  const value = owner.get(key);
  return value instanceof Y.Text ? value : undefined;
}

/**
 * The Y.Text of a field, created if an item lacks it (an item written by an older layout). Only this
 * lazy path can race: two clients creating the same missing field at once keep one Y.Text (last
 * writer wins) and lose what was typed into the other before they synced.
 */
export function ensureText(owner: Owner, key: string): Y.Text {
  if (owner instanceof Y.Doc) return owner.getText(RootName.text(key));
  const existing = owner.get(key);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  transact(owner, () => owner.set(key, text));
  return text;
}

/** A plain value of the owner. */
export function getValue(owner: Owner, key: string): unknown {
  return owner instanceof Y.Doc ? owner.getMap(RootName.board).get(key) : owner.get(key);
}

/** Sets a plain value (last writer wins). */
export function setValue(owner: Owner, key: string, value: unknown): void {
  const map = owner instanceof Y.Doc ? owner.getMap<unknown>(RootName.board) : owner;
  transact(owner, () => map.set(key, value));
}

function getNested<T extends Y.Map<unknown> | Y.Array<unknown>>(
  owner: Owner,
  key: string,
  type: new () => T,
  root: (doc: Y.Doc) => T,
): T | undefined {
  if (owner instanceof Y.Doc) return root(owner);
  const value = owner.get(key);
  return value instanceof type ? value : undefined;
}

function ensureNested<T extends Y.Map<unknown> | Y.Array<unknown>>(
  owner: Owner,
  key: string,
  type: new () => T,
  root: (doc: Y.Doc) => T,
): T {
  if (owner instanceof Y.Doc) return root(owner);
  const existing = owner.get(key);
  if (existing instanceof type) return existing;
  const created = new type();
  transact(owner, () => owner.set(key, created));
  return created;
}

const rootSet = (key: string) => (doc: Y.Doc) => doc.getMap<unknown>(RootName.set(key));
const rootList = (key: string) => (doc: Y.Doc) => doc.getArray<unknown>(RootName.list(key));

/** The Y.Map behind a string set, or undefined if an item lacks it. */
export function getSet(owner: Owner, key: string): Y.Map<unknown> | undefined {
  return getNested<Y.Map<unknown>>(owner, key, Y.Map, rootSet(key));
}

/** The Y.Map behind a string set, created if missing (same race as {@link ensureText}). */
export function ensureSet(owner: Owner, key: string): Y.Map<unknown> {
  return ensureNested<Y.Map<unknown>>(owner, key, Y.Map, rootSet(key));
}

/** The Y.Array of a list, or undefined if an item lacks it. */
export function getList(owner: Owner, key: string): Y.Array<unknown> | undefined {
  return getNested<Y.Array<unknown>>(owner, key, Y.Array, rootList(key));
}

/** The Y.Array of a list, created if missing (same race as {@link ensureText}). */
export function ensureList(owner: Owner, key: string): Y.Array<unknown> {
  return ensureNested<Y.Array<unknown>>(owner, key, Y.Array, rootList(key));
}

/** The entries of a string set, sorted. */
export function setEntries(set: Y.Map<unknown> | undefined): string[] {
  if (!set) return [];
  return [...set.entries()]
    .filter(([, value]) => value === true)
    .map(([entry]) => entry)
    .sort();
}

/** Adds or removes one entry of a string set. */
export function toggleEntry(set: Y.Map<unknown>, entry: string, on: boolean): void {
  const doc = set.doc;
  const change = () => (on ? set.set(entry, true) : set.delete(entry));
  if (doc) doc.transact(change);
  else change();
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Makes a Y.Text read `next` by deleting and inserting only the part that differs, so that what
 * others typed concurrently before or after that part survives (a plain delete-all-and-insert would
 * drop it). For form inputs that report whole values; editors bound to the Y.Text do better.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  const shortest = Math.min(current.length, next.length);
  let start = 0;
  while (start < shortest && current[start] === next[start]) start++;
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < shortest - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end--;
  const change = () => {
    const removed = current.length - start - end;
    if (removed > 0) text.delete(start, removed);
    if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
  };
  if (text.doc) text.doc.transact(change);
  else change();
}
