import { getList, getSet, type Owner, RootName, setEntries } from '@mentoring/shared/doc/fields';
import { entries } from '@mentoring/shared/doc/items';
import type { RecordSpec } from '@mentoring/shared/doc/layout';
import type { ListHandle } from '@mentoring/shared/doc/list';
import type { Deletion } from '@mentoring/shared/schema/templates/common';
import { useEffect, useMemo, useRef, useState } from 'react';
import * as Y from 'yjs';

/**
 * Hooks that read one piece of a board's Y.Doc and re-render only when that piece changes: a field
 * listens to its own Y.Text, a row to its own Y.Map, the list to its order. Nothing here re-renders
 * a whole board on a keystroke.
 */

/**
 * Keeps `read()` in state, recomputed when `subscribe` calls back. The previous value is kept when
 * `same` says nothing changed, so that memoised children do not re-render.
 */
function useSubscribed<T>(
  subscribe: ((onChange: () => void) => () => void) | null,
  read: () => T,
  same: (a: T, b: T) => boolean,
  deps: readonly unknown[],
): T {
  const latest = useRef({ read, same });
  latest.current = { read, same };
  const [value, setValue] = useState(read);
  useEffect(
    () => {
      const update = () =>
        setValue((previous) => {
          const next = latest.current.read();
          return latest.current.same(previous, next) ? previous : next;
        });
      update();
      return subscribe ? subscribe(update) : undefined;
    },
    // biome-ignore lint/correctness/useExhaustiveDependencies: `deps` names what `read` and `subscribe` use.
    deps,
  );
  return value;
}

const sameArray = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** The current text of a Y.Text, for displays that are not editors (headings, print view). */
export function useTextValue(text: Y.Text | undefined): string {
  return useSubscribed(
    text
      ? (onChange) => {
          text.observe(onChange);
          return () => text.unobserve(onChange);
        }
      : null,
    () => text?.toString() ?? '',
    Object.is,
    [text],
  );
}

/** The map holding an owner's plain values: the root map `board`, or the item's own Y.Map. */
export function valuesMap(owner: Owner): Y.Map<unknown> {
  return owner instanceof Y.Doc ? owner.getMap<unknown>(RootName.board) : owner;
}

/**
 * A plain value of a board or item, parsed (`parse` returns the fallback for a missing or malformed
 * value). Re-renders only when that key changes.
 */
export function useValue<T>(owner: Owner | undefined, key: string, parse: (raw: unknown) => T): T {
  const map = owner ? valuesMap(owner) : undefined;
  return useSubscribed(
    map
      ? (onChange) => {
          const observer = (event: Y.YMapEvent<unknown>) => {
            if (event.keysChanged.has(key)) onChange();
          };
          map.observe(observer);
          return () => map.unobserve(observer);
        }
      : null,
    () => parse(map?.get(key)),
    Object.is,
    [map, key],
  );
}

/** The entries of an item's string set (e.g. the key factors an action row links to), sorted. */
export function useSetEntries(owner: Owner | undefined, key: string): readonly string[] {
  return useSubscribed(
    owner
      ? (onChange) => {
          // The set's Y.Map may be replaced (an item from an older layout gets it lazily): observe deep.
          const map = valuesMap(owner);
          const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
            const set = getSet(owner, key);
            const touched = (e: Y.YEvent<Y.AbstractType<unknown>>) =>
              e.target === set || (e.target === map && e instanceof Y.YMapEvent && e.keysChanged.has(key));
            if (events.some(touched)) {
              onChange();
            }
          };
          if (owner instanceof Y.Doc) {
            const set = getSet(owner, key);
            set?.observe(onChange);
            return () => set?.unobserve(onChange);
          }
          map.observeDeep(observer);
          return () => map.unobserveDeep(observer);
        }
      : null,
    () => (owner ? setEntries(getSet(owner, key)) : []),
    sameArray,
    [owner, key],
  );
}

/** Calls `onChange` when a list's membership, order or deletions change (not on text edits inside). */
function observeListShape(owner: Owner, key: string, onChange: () => void): () => void {
  let list = getList(owner, key);
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    for (const event of events) {
      if (event.target === list) return onChange();
      if (event.target.parent === list && event instanceof Y.YMapEvent) {
        if (
          event.keysChanged.has('order') ||
          event.keysChanged.has('deleted') ||
          event.keysChanged.has('id')
        ) {
          return onChange();
        }
      }
    }
  };
  list?.observeDeep(observer);
  // A nested list an item lacks appears when someone creates it: follow the owner's key.
  const ownerMap = owner instanceof Y.Map ? owner : null;
  const onOwner = (event: Y.YMapEvent<unknown>) => {
    if (!event.keysChanged.has(key)) return;
    list?.unobserveDeep(observer);
    list = getList(owner, key);
    list?.observeDeep(observer);
    onChange();
  };
  ownerMap?.observe(onOwner);
  return () => {
    list?.unobserveDeep(observer);
    ownerMap?.unobserve(onOwner);
  };
}

/** Ids of the live items of a list, in display order. */
export function useListIds<S extends RecordSpec, T>(
  owner: Owner | undefined,
  handle: ListHandle<S, T>,
): readonly string[] {
  return useSubscribed(
    owner ? (onChange) => observeListShape(owner, handle.key, onChange) : null,
    () => (owner ? handle.ids(owner) : []),
    sameArray,
    [owner, handle],
  );
}

/** Deleted items of a list, most recent first, for the undo notice and the trash. */
export function useTrash<S extends RecordSpec, T>(
  owner: Owner | undefined,
  handle: ListHandle<S, T>,
): readonly { item: T; deleted: Deletion }[] {
  return useSubscribed(
    owner ? (onChange) => observeListShape(owner, handle.key, onChange) : null,
    () => (owner ? handle.trash(owner) : []),
    (a, b) => a.length === b.length && a.every((entry, index) => entry.deleted.at === b[index]?.deleted.at),
    [owner, handle],
  );
}

/** How {@link useDocSnapshot} recomputes. */
export interface SnapshotOptions<T> {
  /** Wait at least this long after a change (default 250 ms). */
  readonly delayMs?: number;
  /**
   * `idle`: once changes pause for `delayMs` (for checks that should not run while someone types),
   * and at least every 5 × `delayMs` while they go on; `throttle` (default): at most every
   * `delayMs` while changes go on.
   */
  readonly mode?: 'idle' | 'throttle';
  /** Keeps the previous value (and spares re-renders) when it says nothing changed. */
  readonly same?: (a: T, b: T) => boolean;
}

/**
 * A value computed from the whole document (its JSON form, a check), recomputed after changes as
 * `options` say. For summaries, checks and read-only views.
 */
export function useDocSnapshot<T>(
  doc: Y.Doc | null,
  read: (doc: Y.Doc) => T,
  options: SnapshotOptions<T> = {},
): T | null {
  const { delayMs = 250, mode = 'throttle' } = options;
  const latest = useRef({ read, same: options.same });
  latest.current = { read, same: options.same };
  const [value, setValue] = useState<T | null>(() => (doc ? read(doc) : null));
  useEffect(() => {
    if (!doc) {
      setValue(null);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | null = null;
    // In idle mode, changes that never pause (several people typing) still get a result this often.
    let pendingSince = 0;
    const compute = () => {
      timer = null;
      const next = latest.current.read(doc);
      setValue((previous) => (previous !== null && latest.current.same?.(previous, next) ? previous : next));
    };
    compute();
    const onUpdate = () => {
      if (!timer) pendingSince = Date.now();
      else if (mode === 'throttle' || Date.now() - pendingSince > delayMs * 5) return;
      else clearTimeout(timer);
      timer = setTimeout(compute, delayMs);
    };
    doc.on('update', onUpdate);
    return () => {
      doc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [doc, delayMs, mode]);
  return value;
}

/**
 * One value per document, each recomputed at most every `delayMs` while that document changes
 * (null for a document not open yet). The result keeps its identity while `same` says nothing
 * changed, so that rows depending on it do not re-render.
 */
export function useDocsSnapshot<T>(
  docs: readonly (Y.Doc | null)[],
  read: (doc: Y.Doc) => T,
  same: (a: readonly (T | null)[], b: readonly (T | null)[]) => boolean,
  delayMs = 250,
): readonly (T | null)[] {
  const latest = useRef({ read, same });
  latest.current = { read, same };
  const [values, setValues] = useState<readonly (T | null)[]>(() => docs.map(() => null));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the documents themselves are the key.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const compute = () => {
      timer = null;
      const next = docs.map((doc) => (doc ? latest.current.read(doc) : null));
      setValues((previous) => (latest.current.same(previous, next) ? previous : next));
    };
    compute();
    const onUpdate = () => {
      timer ??= setTimeout(compute, delayMs);
    };
    for (const doc of docs) doc?.on('update', onUpdate);
    return () => {
      for (const doc of docs) doc?.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [...docs, delayMs]);
  return values;
}

/** Deep equality of JSON-like values (snapshots of small board extracts). */
export function sameJson<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The Y.Map of every item of a list by id, read in one pass (looking items up one by one is
 * linear each, so a table of 200 rows would do 40 000 steps per render). Recomputed when `ids` change.
 */
export function useItemsById<S extends RecordSpec, T>(
  owner: Owner | undefined,
  handle: ListHandle<S, T>,
  ids: readonly string[],
): ReadonlyMap<string, Y.Map<unknown>> {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `ids` changes whenever the items do.
  return useMemo(
    () =>
      new Map(entries(owner ? getList(owner, handle.key) : undefined).map((entry) => [entry.id, entry.map])),
    [owner, handle, ids],
  );
}
