import { isEqual, type TLRecord, type TLStore } from 'tldraw';
import type * as Y from 'yjs';

/** The Y.Map of a canvas board's doc: one entry per tldraw document record, keyed by record id. */
export const CANVAS_RECORDS_MAP = 'tldraw';

export interface StoreBindingOptions {
  store: TLStore;
  doc: Y.Doc;
  /**
   * Observers and locked boards: local changes are never written to the doc (the server would
   * refuse them). A function is asked at every change, for a lock that comes and goes.
   */
  readOnly?: boolean | (() => boolean);
  /** Called for a record in the doc that does not validate (it is left out of the store). */
  onInvalidRecord?: (id: string, error: unknown) => void;
}

export interface StoreBinding {
  /** The origin of every transaction this binding writes. */
  readonly origin: object;
  destroy(): void;
}

/**
 * Keeps a tldraw store and a Y.Doc in step. The doc's records replace the store's document records
 * at once; from then on the user's own document changes are written to the doc in one transaction
 * each (with this binding's origin), and everything else arriving in the doc is applied with
 * `mergeRemoteChanges`, so it is marked remote and never enters this user's undo history.
 */
export function bindStoreToYjs({
  store,
  doc,
  readOnly = false,
  onInvalidRecord,
}: StoreBindingOptions): StoreBinding {
  const isReadOnly = typeof readOnly === 'function' ? readOnly : () => readOnly;
  const records = doc.getMap<TLRecord>(CANVAS_RECORDS_MAP);
  const origin = { binding: 'tldraw-store' };
  const documentTypes = store.scopedTypes.document;

  // What is cheap to check here; the store validates each record's fields itself as it puts it.
  const candidate = (id: string, value: unknown): TLRecord | null => {
    try {
      if (typeof value !== 'object' || value === null) throw new Error('not an object');
      const { typeName, id: recordId } = value as { typeName?: unknown; id?: unknown };
      if (typeof typeName !== 'string' || !documentTypes.has(typeName as TLRecord['typeName'])) {
        throw new Error(`not a document record type: ${String(typeName)}`);
      }
      if (recordId !== id) throw new Error(`record id ${String(recordId)} under key ${id}`);
      return value as TLRecord;
    } catch (error) {
      onInvalidRecord?.(id, error);
      return null;
    }
  };
  const validates = (record: TLRecord): boolean => {
    try {
      store.schema.types[record.typeName].validate(record);
      return true;
    } catch (error) {
      onInvalidRecord?.(record.id, error);
      return false;
    }
  };

  const merge = (put: TLRecord[], remove: TLRecord['id'][]) =>
    store.mergeRemoteChanges(() => {
      if (remove.length > 0) store.remove(remove);
      if (put.length > 0) store.put(put);
    });
  const applyRemote = (put: TLRecord[], remove: TLRecord['id'][]) => {
    const present = remove.filter((id) => store.has(id));
    if (put.length === 0 && present.length === 0) return;
    try {
      merge(put, present);
    } catch {
      // The store refuses (and rolls back) the whole batch for one record that does not validate.
      // Validating each record first would cost as much again on every load of a large board.
      merge(put.filter(validates), present);
    }
  };

  // Load: the doc wins over whatever document records the store holds.
  const initial: TLRecord[] = [];
  for (const [id, value] of records.entries()) {
    const record = candidate(id, value);
    if (record) initial.push(record);
  }
  const stale = store
    .allRecords()
    .filter((record) => documentTypes.has(record.typeName) && !records.has(record.id))
    .map((record) => record.id);
  if (records.size > 0) applyRemote(initial, stale);
  else if (!isReadOnly()) {
    doc.transact(() => {
      for (const record of store.allRecords())
        if (documentTypes.has(record.typeName)) records.set(record.id, record);
    }, origin);
  }

  // Listeners run a frame after the change: a remote merge may have touched the same record since,
  // so the store's current value is written (not the diff's), or the doc would keep the older one.
  const stopListening = store.listen(
    ({ changes }) => {
      if (isReadOnly()) return;
      const ids = new Set<TLRecord['id']>([
        ...(Object.keys(changes.added) as TLRecord['id'][]),
        ...(Object.keys(changes.updated) as TLRecord['id'][]),
        ...(Object.keys(changes.removed) as TLRecord['id'][]),
      ]);
      doc.transact(() => {
        for (const id of ids) {
          const current = store.get(id);
          if (!current) records.delete(id);
          else if (!isEqual(records.get(id), current)) records.set(id, current);
        }
      }, origin);
    },
    { source: 'user', scope: 'document' },
  );

  const onDocChange = (event: Y.YMapEvent<TLRecord>, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const put: TLRecord[] = [];
    const remove: TLRecord['id'][] = [];
    for (const [id, change] of event.changes.keys) {
      if (change.action === 'delete') {
        remove.push(id as TLRecord['id']);
        continue;
      }
      const record = candidate(id, records.get(id));
      if (record) put.push(record);
    }
    applyRemote(put, remove);
  };
  records.observe(onDocChange);

  return {
    origin,
    destroy() {
      stopListening();
      records.unobserve(onDocChange);
    },
  };
}
