import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageType } from '@mentoring/shared/protocol/messages';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { DocStore } from '../store/doc-store.js';
import { createSqliteDocStore } from '../store/sqlite-doc-store.js';
import { newRoomDoc } from './room.js';
import { createRooms, type Rooms } from './rooms.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const limits = { maxDocBytes: 10 * 1024 * 1024, maxMessagesPerSecond: 1_000, roomIdleMs: 60_000 };

/** The real SQLite store, whose appends wait while the gate is shut (a slow disk, a stalled Redis). */
function gated(store: DocStore) {
  let open: Promise<void> = Promise.resolve();
  let release = () => {};
  return {
    store: {
      ...store,
      append: async (docId: string, updates: Uint8Array[]) => {
        await open;
        return store.append(docId, updates);
      },
    } satisfies DocStore,
    shut() {
      open = new Promise((resolve) => {
        release = resolve;
      });
    },
    open: () => release(),
  };
}

/** An in-process client speaking the y-websocket protocol through y-protocols. */
function client(rooms: Rooms, docId: string) {
  const doc = new Y.Doc();
  const seen = { updates: 0, saved: 0, storedCount: 0 };
  let handle: ReturnType<Rooms['connect']> | null = null;
  const send = (data: Uint8Array) => handle?.receive(data);
  handle = rooms.connect(
    docId,
    {
      send(data) {
        const decoder = decoding.createDecoder(data);
        const type = decoding.readVarUint(decoder);
        if (type === MessageType.saved) {
          seen.saved += 1;
          seen.storedCount = decoding.readVarUint(decoder);
        }
        if (type !== MessageType.sync) return;
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, MessageType.sync);
        const step = syncProtocol.readSyncMessage(decoder, reply, doc, 'server');
        if (step === syncProtocol.messageYjsUpdate) seen.updates += 1;
        if (encoding.length(reply) > 1) queueMicrotask(() => send(encoding.toUint8Array(reply)));
      },
      close() {},
    },
    { readOnly: () => false, confirm: true },
  );
  const hello = encoding.createEncoder();
  encoding.writeVarUint(hello, MessageType.sync);
  syncProtocol.writeSyncStep1(hello, doc);
  send(encoding.toUint8Array(hello));
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'server') return;
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, MessageType.sync);
    syncProtocol.writeUpdate(message, update);
    send(encoding.toUint8Array(message));
  });
  return { doc, seen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('room delivery', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function setup() {
    const dir = mkdtempSync(join(tmpdir(), 'mb-room-'));
    dirs.push(dir);
    const gate = gated(await createSqliteDocStore({ dir }));
    const rooms = createRooms({ store: gate.store, log: silent, limits });
    return { gate, rooms };
  }

  it('sends an edit to the others before it is stored, and to a client that joined meanwhile after', async () => {
    const { gate, rooms } = await setup();
    const author = client(rooms, 'doc');
    const other = client(rooms, 'doc');
    await until(() => author.seen.saved > 0 && other.seen.saved > 0); // synced both ways
    gate.shut();
    const savedBefore = author.seen.saved;
    author.doc.getMap('m').set('k', 'v');
    await settle();
    expect(other.doc.getMap('m').get('k')).toBe('v');
    expect(author.seen.saved).toBe(savedBefore);
    const late = client(rooms, 'doc');
    await settle();
    expect(late.doc.getMap('m').get('k')).toBeUndefined(); // the room's doc holds stored edits only
    gate.open();
    await until(() => author.seen.saved > savedBefore);
    expect(author.seen.saved).toBe(savedBefore + 1);
    expect(late.doc.getMap('m').get('k')).toBe('v');
    await rooms.close(1_000);
  });

  it('sends each edit to each other client once', async () => {
    const { rooms } = await setup();
    const author = client(rooms, 'doc');
    const other = client(rooms, 'doc');
    await settle();
    for (let i = 0; i < 20; i++) author.doc.getMap('m').set(`k${i}`, i);
    await until(() => author.seen.storedCount === 21); // its step 2, then 20 edits: all applied
    await settle();
    expect(other.doc.getMap('m').size).toBe(20);
    expect(other.seen.updates).toBe(20);
    expect(author.seen.updates).toBe(0);
    await rooms.close(1_000);
  });
});

describe('room document', () => {
  it('is named by its document id, and two rooms of one document still write as different clients', () => {
    const a = newRoomDoc('board-1');
    const b = newRoomDoc('board-1');
    expect(a.guid).toBe('board-1');
    expect(a.clientID).not.toBe(b.clientID);
    // Named or not, its content syncs like any document's.
    a.getMap('m').set('k', 'v');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(b.getMap('m').get('k')).toBe('v');
  });
});
