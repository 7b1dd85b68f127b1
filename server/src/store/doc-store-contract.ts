import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CompactionPolicy, DocStore } from './doc-store.js';

/** What an adapter's test gives the contract suite: a store on fresh, private backing data. */
export interface DocStoreFixture {
  store: DocStore;
  /**
   * Opens one more store on the same backing data (same directory, same Redis) with the same
   * policy. The earlier store stays open unless the test closes it.
   */
  reopen: () => Promise<DocStore>;
  /** Closes every store the fixture opened and removes the backing data. */
  cleanup: () => Promise<void>;
}

/** Builds a fixture whose stores compact with `policy`. */
export type DocStoreSetup = (options: { policy: CompactionPolicy }) => Promise<DocStoreFixture>;

const noCompaction: CompactionPolicy = { maxUpdates: 1_000_000, maxBytes: 1024 ** 3 };

/** A Y.Doc that records every update it emits. */
function recordingDoc() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, updates };
}

/** One small, varied edit: map sets, array pushes and deletes, text inserts and deletes. */
function edit(doc: Y.Doc, i: number) {
  doc.transact(() => {
    doc.getMap('m').set(`k${i % 7}`, { i, label: `item ${i}` });
    const array = doc.getArray<number>('a');
    array.push([i]);
    if (i % 5 === 4) array.delete(0, 1);
    const text = doc.getText('t');
    text.insert(Math.floor(text.length / 2), `w${i} `);
    if (i % 3 === 2) text.delete(0, 1);
  });
}

function content(doc: Y.Doc) {
  return { m: doc.getMap('m').toJSON(), a: doc.getArray('a').toJSON(), t: doc.getText('t').toString() };
}

/** Applies loaded updates in order and checks nothing is left waiting for a missing dependency. */
function docFrom(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const u of updates) Y.applyUpdate(doc, u);
  expect(doc.store.pendingStructs).toBeNull();
  expect(doc.store.pendingDs).toBeNull();
  return doc;
}

function expectSameDoc(actual: Y.Doc, expected: Y.Doc) {
  expect(content(actual)).toEqual(content(expected));
  expect(Y.decodeStateVector(Y.encodeStateVector(actual))).toEqual(
    Y.decodeStateVector(Y.encodeStateVector(expected)),
  );
}

/**
 * The one behaviour every {@link DocStore} adapter must show. Call it from the adapter's test file
 * with a setup that builds a fixture on fresh backing data.
 */
export function docStoreContract(name: string, setup: DocStoreSetup): void {
  describe(`DocStore contract: ${name}`, () => {
    let fixture: DocStoreFixture | undefined;
    const open = async (policy = noCompaction) => {
      fixture = await setup({ policy });
      return fixture;
    };
    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    it('loads an empty list for a document never written', async () => {
      const { store } = await open();
      expect(await store.load('never')).toEqual([]);
    });

    it('loads exactly the appended updates, in order, giving the same document', async () => {
      const { store } = await open();
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 20; i++) edit(doc, i);
      for (const u of updates.slice(0, 10)) await store.append('doc', [u]);
      await store.append('doc', updates.slice(10));
      const loaded = await store.load('doc');
      expect(loaded).toEqual(updates);
      expectSameDoc(docFrom(loaded), doc);
    });

    it('keeps all of 500 concurrent appends, in call order', async () => {
      const { store } = await open();
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 500; i++) edit(doc, i);
      await Promise.all(updates.map((u) => store.append('doc', [u])));
      const loaded = await store.load('doc');
      expect(loaded).toEqual(updates);
      expectSameDoc(docFrom(loaded), doc);
    });

    it('keeps data across close and reopen', async () => {
      const { store, reopen } = await open();
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 30; i++) edit(doc, i);
      await Promise.all(updates.map((u) => store.append('doc', [u])));
      await store.close();
      const again = await reopen();
      expectSameDoc(docFrom(await again.load('doc')), doc);
    });

    it('compacts after maxUpdates and loads the same document', async () => {
      const { store, reopen } = await open({ maxUpdates: 10, maxBytes: 1024 ** 3 });
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 95; i++) edit(doc, i);
      for (const u of updates) await store.append('doc', [u]);
      await store.close();
      const loaded = await (await reopen()).load('doc');
      expect(loaded.length).toBeLessThanOrEqual(10);
      expectSameDoc(docFrom(loaded), doc);
    });

    it('compacts after maxBytes and loads the same document', async () => {
      const { store, reopen } = await open({ maxUpdates: 1_000_000, maxBytes: 4096 });
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 40; i++) doc.getText('t').insert(0, `${i}`.padEnd(500, '.'));
      for (const u of updates) await store.append('doc', [u]);
      await store.close();
      const loaded = await (await reopen()).load('doc');
      expect(loaded.length).toBeLessThan(10);
      expectSameDoc(docFrom(loaded), doc);
    });

    it('loses nothing when two stores compact the same document at once', async () => {
      const { store, reopen } = await open({ maxUpdates: 5, maxBytes: 1024 ** 3 });
      const other = await reopen();
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 400; i++) edit(doc, i);
      for (let round = 0; round < updates.length; round += 20) {
        const batch = updates.slice(round, round + 20);
        await Promise.all(batch.map((u, i) => (i % 2 === 0 ? store : other).append('doc', [u])));
      }
      await Promise.all([store.close(), other.close()]);
      const loaded = await (await reopen()).load('doc');
      expect(loaded.length).toBeLessThan(updates.length);
      expectSameDoc(docFrom(loaded), doc);
    });

    it('deletes every trace of a document, also after compaction', async () => {
      const { store, reopen } = await open({ maxUpdates: 5, maxBytes: 1024 ** 3 });
      const { doc, updates } = recordingDoc();
      for (let i = 0; i < 12; i++) edit(doc, i);
      for (const u of updates) await store.append('doc', [u]);
      await store.delete('doc');
      expect(await store.load('doc')).toEqual([]);
      await store.delete('never');
      await store.close();
      expect(await (await reopen()).load('doc')).toEqual([]);
    });

    it('keeps documents apart', async () => {
      const { store } = await open({ maxUpdates: 5, maxBytes: 1024 ** 3 });
      const a = recordingDoc();
      const b = recordingDoc();
      for (let i = 0; i < 12; i++) {
        edit(a.doc, i);
        edit(b.doc, 100 + i);
      }
      await Promise.all([...a.updates.map((u) => store.append('a', [u])), store.append('b', b.updates)]);
      expectSameDoc(docFrom(await store.load('a')), a.doc);
      expectSameDoc(docFrom(await store.load('b')), b.doc);
      await store.delete('a');
      expect(await store.load('a')).toEqual([]);
      expectSameDoc(docFrom(await store.load('b')), b.doc);
    });

    it('round-trips binary content with every byte value', async () => {
      const { store, reopen } = await open();
      const { doc, updates } = recordingDoc();
      const bytes = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
      doc.getMap('m').set('bin', bytes);
      doc.getText('t').insert(0, 'zero\u0000byte, emoji \u{1F600}, \u00ff\u0100 end');
      await store.append('doc', updates);
      await store.close();
      const loaded = await (await reopen()).load('doc');
      expect(loaded).toEqual(updates);
      const copy = docFrom(loaded);
      expect(copy.getMap('m').get('bin')).toEqual(bytes);
      expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    });

    it('keeps named versions, lists them oldest first, and erases them with the document', async () => {
      const { store, reopen } = await open();
      const { doc } = recordingDoc();
      edit(doc, 1);
      const first = Y.encodeStateAsUpdate(doc);
      edit(doc, 2);
      const second = Y.encodeStateAsUpdate(doc);
      const by = { memberId: 'm1', name: 'Ana Ō' };
      await store.saveVersion(
        'doc',
        {
          id: 'v1',
          name: 'after visit 1',
          createdAt: '2026-01-01T10:00:00.000Z',
          createdBy: by,
          auto: false,
        },
        first,
      );
      await store.saveVersion(
        'doc',
        { id: 'v2', name: 'auto', createdAt: '2026-01-02T10:00:00.000Z', createdBy: null, auto: true },
        second,
      );
      await store.saveVersion(
        'other',
        { id: 'v9', name: 'x', createdAt: '2026-01-03T10:00:00.000Z', createdBy: null, auto: true },
        first,
      );
      await store.close();
      const again = await reopen();
      expect((await again.listVersions('doc')).map((v) => [v.id, v.name, v.createdBy?.name ?? null])).toEqual(
        [
          ['v1', 'after visit 1', 'Ana Ō'],
          ['v2', 'auto', null],
        ],
      );
      expect(await again.loadVersion('doc', 'v1')).toEqual(first);
      expect(await again.loadVersion('doc', 'nope')).toBeNull();
      await again.delete('doc');
      expect(await again.listVersions('doc')).toEqual([]);
      expect(await again.loadVersion('doc', 'v2')).toBeNull();
      expect((await again.listVersions('other')).map((v) => v.id)).toEqual(['v9']);
    });

    it('records and withdraws the approval of one version, keeping the rest of its metadata', async () => {
      const { store, reopen } = await open();
      const meta = { name: 'final', createdAt: '2026-01-01T10:00:00.000Z', createdBy: null, auto: false };
      await store.saveVersion('doc', { id: 'v1', ...meta }, new Uint8Array([1, 2]));
      await store.saveVersion(
        'doc',
        { id: 'v2', ...meta, createdAt: '2026-01-02T10:00:00.000Z' },
        new Uint8Array([3]),
      );
      const approval = {
        body: 'Consiglio comunale / Ō',
        date: '2026-02-01',
        reference: 'Delibera 12/2026',
        approvedBy: '',
        recordedAt: '2026-02-02T09:00:00.000Z',
        recordedBy: { memberId: 'm1', name: 'Ana' },
      };
      expect(await store.setVersionApproval('doc', 'v1', approval)).toEqual({ id: 'v1', ...meta, approval });
      expect(await store.setVersionApproval('doc', 'nope', approval)).toBeNull();
      expect(await store.setVersionApproval('other', 'v1', approval)).toBeNull();
      await store.close();
      const again = await reopen();
      const listed = await again.listVersions('doc');
      expect(listed.map((v) => [v.id, v.approval ?? null])).toEqual([
        ['v1', approval],
        ['v2', null],
      ]);
      expect(await again.loadVersion('doc', 'v1')).toEqual(new Uint8Array([1, 2]));
      expect(await again.setVersionApproval('doc', 'v1', null)).toEqual({ id: 'v1', ...meta });
      expect((await again.listVersions('doc')).every((v) => v.approval === undefined)).toBe(true);
      expect(await again.listVersions('other')).toEqual([]);
    });

    it('hands out each idle changed document once, to one of two stores', async () => {
      const { store, reopen } = await open();
      const other = await reopen();
      const { doc, updates } = recordingDoc();
      edit(doc, 1);
      await store.append('a', updates);
      await store.append('b', updates);
      expect(await store.takeIdleChanged(Date.now() - 60_000)).toEqual([]);
      const later = Date.now() + 1_000;
      const [mine, theirs] = await Promise.all([store.takeIdleChanged(later), other.takeIdleChanged(later)]);
      expect([...mine, ...theirs].sort()).toEqual(['a', 'b']);
      expect(await store.takeIdleChanged(later)).toEqual([]);
      await store.append('a', updates);
      expect(await other.takeIdleChanged(Date.now() + 1_000)).toEqual(['a']);
    });
  });
}
