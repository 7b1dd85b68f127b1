import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  HistoryManager,
  type TLNoteShape,
  type TLPageId,
  type TLRecord,
  type TLShapeId,
  type TLStore,
} from 'tldraw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { noteRecord } from './note-record.test-support';
import { bindStoreToYjs, CANVAS_RECORDS_MAP, type StoreBinding } from './yjs-binding';

const NET = 'network';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** What the Editor does on mount: adds the document, the first page and this tab's session records. */
function makeUsable(store: TLStore): void {
  (store as unknown as { ensureStoreIsUsable(): void }).ensureStoreIsUsable();
}

function newStore(): TLStore {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
}

/** Two docs that exchange every update at once while `online`, as two clients of one server would. */
function linkedDocs(): [Y.Doc, Y.Doc, { online: boolean; reconnect(): void }] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const link = {
    online: true,
    reconnect() {
      link.online = true;
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), NET);
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), NET);
    },
  };
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (link.online && origin !== NET) Y.applyUpdate(b, update, NET);
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (link.online && origin !== NET) Y.applyUpdate(a, update, NET);
  });
  return [a, b, link];
}

function bind(store: TLStore, doc: Y.Doc, readOnly = false): StoreBinding {
  const binding = bindStoreToYjs({ store, doc, readOnly });
  cleanups.push(() => binding.destroy());
  return binding;
}

const note = (key: string, x: number, y: number): TLNoteShape => noteRecord(key, { x, y });

function shapeAt(store: TLStore, id: TLShapeId): { x: number; y: number } | undefined {
  const shape = store.get(id);
  return shape ? { x: shape.x, y: shape.y } : undefined;
}

/** Two clients: A starts the board, B joins it. */
function twoClients() {
  const [docA, docB, link] = linkedDocs();
  const a = newStore();
  makeUsable(a);
  bind(a, docA);
  const b = newStore();
  bind(b, docB);
  return { a, b, docA, docB, link };
}

describe('bindStoreToYjs', () => {
  it('writes the first client’s document records and loads them into a joining store', async () => {
    const { b, docA } = twoClients();
    await vi.waitFor(() => expect(docA.getMap(CANVAS_RECORDS_MAP).has('page:page')).toBe(true));
    expect(b.has('page:page' as TLPageId)).toBe(true);
    // Session and presence records stay out of the doc.
    const keys = [...docA.getMap(CANVAS_RECORDS_MAP).keys()].sort();
    expect(keys).toEqual(['document:document', 'page:page']);
  });

  it('sends a sticky note one way and its move the other way', async () => {
    const { a, b } = twoClients();
    const id = createShapeId('one');
    a.put([note('one', 10, 20)]);
    await vi.waitFor(() => expect(shapeAt(b, id)).toEqual({ x: 10, y: 20 }));
    const moved = b.get(id) as TLNoteShape;
    b.put([{ ...moved, x: 300, y: 400 }]);
    await vi.waitFor(() => expect(shapeAt(a, id)).toEqual({ x: 300, y: 400 }));
    b.remove([id]);
    await vi.waitFor(() => expect(a.has(id)).toBe(false));
  });

  it('keeps remote changes out of the local undo history', async () => {
    const { a, b } = twoClients();
    const history = new HistoryManager<TLRecord>({ store: a });
    cleanups.push(() => history.dispose());
    const mine = createShapeId('mine');
    const theirs = createShapeId('theirs');
    a.put([note('mine', 0, 0)]);
    await vi.waitFor(() => expect(b.has(mine)).toBe(true));
    b.put([note('theirs', 50, 50)]);
    await vi.waitFor(() => expect(a.has(theirs)).toBe(true));

    history.undo();
    expect(a.has(mine)).toBe(false);
    expect(a.has(theirs)).toBe(true);
    await vi.waitFor(() => expect(b.has(mine)).toBe(false));
    expect(b.has(theirs)).toBe(true);
  });

  it('never writes from a read-only store, yet shows live changes', async () => {
    const [docA, docB] = linkedDocs();
    const a = newStore();
    makeUsable(a);
    bind(a, docA);
    const observer = newStore();
    makeUsable(observer);
    bind(observer, docB, true);
    const writes: unknown[] = [];
    docB.on('update', (_update: Uint8Array, origin: unknown) => origin !== NET && writes.push(origin));

    a.put([note('live', 1, 2)]);
    await vi.waitFor(() => expect(shapeAt(observer, createShapeId('live'))).toEqual({ x: 1, y: 2 }));
    observer.put([note('local', 0, 0)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toEqual([]);
    expect(docA.getMap(CANVAS_RECORDS_MAP).has(createShapeId('local'))).toBe(false);
  });

  it('leaves out records that do not validate', async () => {
    const { a, docB } = twoClients();
    const invalid = vi.fn();
    const c = newStore();
    docB
      .getMap(CANVAS_RECORDS_MAP)
      .set('shape:bad', { typeName: 'shape', id: 'shape:bad', type: 'nonsense' });
    cleanups.push(bindStoreToYjs({ store: c, doc: docB, onInvalidRecord: invalid }).destroy);
    expect(invalid).toHaveBeenCalledWith('shape:bad', expect.anything());
    expect(c.has('shape:bad' as TLShapeId)).toBe(false);
    expect(c.has('page:page' as TLPageId)).toBe(true);
    expect(a.has('shape:bad' as TLShapeId)).toBe(false);
  });

  it('applies the valid records of a remote change that also holds an invalid one', () => {
    const doc = new Y.Doc();
    const store = newStore();
    const invalid = vi.fn();
    cleanups.push(bindStoreToYjs({ store, doc, onInvalidRecord: invalid }).destroy);
    const good = note('good', 3, 4);
    doc.transact(() => {
      const map = doc.getMap(CANVAS_RECORDS_MAP);
      map.set(good.id, good);
      map.set('shape:bad', { ...good, id: 'shape:bad', x: 'not a number' });
    }, NET);
    expect(invalid).toHaveBeenCalledTimes(1);
    expect(invalid).toHaveBeenCalledWith('shape:bad', expect.anything());
    expect(shapeAt(store, good.id)).toEqual({ x: 3, y: 4 });
    expect(store.has('shape:bad' as TLShapeId)).toBe(false);
  });

  it('converges after both changed the same record and another one while apart', async () => {
    const { a, b, docA, docB, link } = twoClients();
    const id = createShapeId('both');
    a.put([note('both', 0, 0)]);
    await vi.waitFor(() => expect(b.has(id)).toBe(true));
    link.online = false;
    a.put([{ ...(a.get(id) as TLNoteShape), x: 111 }]);
    b.put([{ ...(b.get(id) as TLNoteShape), x: 222 }, note('offline', 5, 5)]);
    await vi.waitFor(() => expect(docB.getMap(CANVAS_RECORDS_MAP).has(createShapeId('offline'))).toBe(true));
    link.reconnect();
    await vi.waitFor(() => expect(shapeAt(a, id)).toEqual(shapeAt(b, id)));
    expect(shapeAt(a, createShapeId('offline'))).toEqual({ x: 5, y: 5 });
    expect(docA.getMap(CANVAS_RECORDS_MAP).toJSON()).toEqual(docB.getMap(CANVAS_RECORDS_MAP).toJSON());
  });
});
