import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Connection } from './connection.js';
import { encodeSyncStep2Update, encodeSyncUpdate } from './protocol.js';
import { RoomAwareness } from './room-awareness.js';
import { type Loaded, RoomLoader } from './room-loader.js';
import { CrossNodeLink } from './room-relay.js';
import type { RelayHandlers, RoomRelay } from './types.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** An update that sets `key` in the `records` map (as a client of its own). */
function edit(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('records').set(key, key);
  return Y.encodeStateAsUpdate(doc);
}

/** A socket that keeps what it was sent and reports a message written only when told. */
function slowSocket() {
  const sent: Uint8Array[] = [];
  const pending: Array<() => void> = [];
  return {
    sent,
    writeAll: () => {
      for (const written of pending.splice(0)) written();
    },
    socket: {
      send(data: Uint8Array, written?: () => void) {
        sent.push(data);
        if (written) pending.push(written);
      },
      close() {},
    },
  };
}

/** A loader over a store holding `stored`, with a relay whose deliveries the test makes. */
function setup(stored: Uint8Array[], writtenWaitMs?: number) {
  const doc = new Y.Doc();
  const client = slowSocket();
  const conn = new Connection(1, client.socket, { confirm: false }, 1_000);
  let relayed: RelayHandlers | null = null;
  const relay: RoomRelay = {
    async join(_docId, handlers) {
      relayed = handlers;
      return { published() {}, publishAwareness() {}, async leave() {} };
    },
  };
  const awareness = new RoomAwareness(doc, { connections: () => [conn], publish() {} });
  const link = new CrossNodeLink({ docId: 'd', doc, awareness, log: silent, relay });
  let loadedWith: Loaded<Connection> | null = null;
  const loader = new RoomLoader({
    docId: 'd',
    doc,
    store: { load: async () => stored, append: async () => {} },
    log: silent,
    link,
    connections: () => [conn],
    writtenWaitMs,
  });
  const done = loader.load((loaded) => {
    loadedWith = loaded;
  });
  return {
    doc,
    client,
    done,
    loaded: () => loadedWith,
    relay: (update: Uint8Array) => relayed?.onUpdates([update]),
  };
}

const records = (doc: Y.Doc) => [...doc.getMap('records').keys()].sort();

describe('room loader', () => {
  it('builds its doc only once the client took the stored state; what was relayed meanwhile follows it', async () => {
    const stored = edit('a');
    const room = setup([stored]);
    await vi.waitFor(() => expect(room.client.sent).toHaveLength(1));
    // Sent as stored, before the server decodes any of it.
    expect(room.client.sent[0]).toEqual(encodeSyncStep2Update(stored));
    expect(room.loaded()).toBeNull();
    expect(records(room.doc)).toEqual([]);
    const later = edit('b');
    room.relay(later);
    room.client.writeAll();
    await room.done;
    expect(room.client.sent[1]).toEqual(encodeSyncUpdate(later));
    expect(records(room.doc)).toEqual(['a', 'b']);
    expect(room.loaded()?.sentStored.map((c) => c.id)).toEqual([1]);
    expect(room.loaded()?.skipped).toBe(0);
  });

  it('does not wait longer than its limit for a socket that never reports the write', async () => {
    const room = setup([edit('a')], 20);
    await room.done;
    expect(records(room.doc)).toEqual(['a']);
    expect(room.client.sent).toHaveLength(1);
  });

  it('does not wait when there is nothing stored', async () => {
    const room = setup([], 60_000);
    await room.done;
    expect(room.loaded()?.sentStored).toEqual([]);
    expect(room.client.sent).toHaveLength(0);
  });
});
