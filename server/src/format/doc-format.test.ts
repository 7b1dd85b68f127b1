import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { SqliteDocStore } from '../store/sqlite-doc-store.js';
import { createSqliteDocStore } from '../store/sqlite-doc-store.js';
import { Connection } from '../sync/connection.js';
import { RoomAwareness } from '../sync/room-awareness.js';
import { RoomLoader } from '../sync/room-loader.js';
import { CrossNodeLink } from '../sync/room-relay.js';
import {
  docFormatVersion,
  docUpgrade,
  migrateDocState,
  stampDocFormat,
  upgradeDocState,
} from './doc-format.js';
import { testChain } from './test-chain.js';
import { FormatTooNewError } from './version.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

function boardState(version?: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('board').set('title', 'Plan');
  doc.getText('notes').insert(0, 'hello');
  if (version !== undefined) stampDocFormat(doc, version);
  return Y.encodeStateAsUpdate(doc);
}

const loaded = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
};

describe('document format', () => {
  it('reads a document without a stamp as format 1 and needs nothing for the current format', () => {
    const doc = loaded(boardState());
    expect(docFormatVersion(doc)).toBe(1);
    expect(docUpgrade(doc, 'd1')).toBeNull();
    // Reading the version does not add a root to the document.
    expect(doc.share.has('format')).toBe(false);
  });

  it('refuses a newer document', () => {
    expect(() => docUpgrade(loaded(boardState(2)), 'd1')).toThrow(FormatTooNewError);
    expect(() => upgradeDocState(boardState(2), 'version v1')).toThrow(
      /version v1 was written in data format 2/,
    );
  });

  it('migrates an older document by one update that runs every step and stamps the format', () => {
    const doc = loaded(boardState());
    const update = docUpgrade(doc, 'd1', testChain);
    expect(update).not.toBeNull();
    // Not applied to the loaded document: the caller stores it first.
    expect(docFormatVersion(doc)).toBe(1);
    Y.applyUpdate(doc, update!);
    expect(docFormatVersion(doc)).toBe(3);
    expect(doc.getMap('board').get('heading')).toBe('Plan');
    expect(doc.getText('notes').toString()).toBe('hello');
    expect(docUpgrade(doc, 'd1', testChain)).toBeNull();
  });

  it('runs only the steps after the stamped format', () => {
    const { state } = migrateDocState(boardState(2), 2, testChain);
    expect(loaded(state).getMap('board').has('heading')).toBe(false);
    expect(docFormatVersion(loaded(upgradeDocState(boardState(1), 'v', testChain)))).toBe(3);
  });

  it('converges when two nodes migrate the same document at once', () => {
    const a = loaded(boardState());
    const b = loaded(boardState());
    const fromA = docUpgrade(a, 'd1', testChain)!;
    const fromB = docUpgrade(b, 'd1', testChain)!;
    for (const doc of [a, b]) {
      Y.applyUpdate(doc, fromA);
      Y.applyUpdate(doc, fromB);
    }
    expect(a.getMap('board').toJSON()).toEqual(b.getMap('board').toJSON());
    expect(docFormatVersion(a)).toBe(3);
  });
});

describe('the room loader over a real SQLite store', () => {
  let dir = '';
  let store: SqliteDocStore | undefined;
  afterEach(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function load(state: Uint8Array) {
    dir = mkdtempSync(join(tmpdir(), 'mb-format-'));
    store = await createSqliteDocStore({ dir });
    await store.append('d1', [state]);
    const doc = new Y.Doc();
    const closed: number[] = [];
    const socket = { send() {}, close: (code: number) => closed.push(code) };
    const conn = new Connection(1, socket, { confirm: false }, 100);
    const awareness = new RoomAwareness(doc, { connections: () => [conn], publish() {} });
    const link = new CrossNodeLink({ docId: 'd1', doc, awareness, log: silent });
    const loader = new RoomLoader({
      docId: 'd1',
      doc,
      store,
      log: silent,
      link,
      connections: () => [conn],
      formatChain: testChain,
    });
    let ready = false;
    const done = loader.load(() => {
      ready = true;
    });
    return { doc, closed, done, ready: () => ready, store };
  }

  it('stores the migration before the room opens', async () => {
    const room = await load(boardState());
    await room.done;
    expect(room.ready()).toBe(true);
    expect(docFormatVersion(room.doc)).toBe(3);
    const stored = await room.store.load('d1');
    expect(stored).toHaveLength(2);
    const reread = new Y.Doc();
    for (const update of stored) Y.applyUpdate(reread, update);
    expect(docFormatVersion(reread)).toBe(3);
  });

  it('refuses a newer document: closes its connections with formatTooNew and writes nothing', async () => {
    const room = await load(boardState(4));
    await expect(room.done).rejects.toThrow(FormatTooNewError);
    expect(room.ready()).toBe(false);
    expect(room.closed).toEqual([4426]);
    expect(await room.store.load('d1')).toHaveLength(1);
  });
});
