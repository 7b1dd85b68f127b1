import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StreamReader } from '../../server/src/fanout/stream-reader.js';
import type { Logger } from '../../server/src/log.js';
import type { RedisClient } from '../../server/src/redis/client.js';
import { redisKeys } from '../../server/src/redis/keys.js';
import { createRedisDocStore, type RedisDocStore } from '../../server/src/store/redis-doc-store.js';
import { type FaultProxy, startFaultProxy } from '../chaos/support/fault-proxy.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { waitFor } from '../helpers/wait.js';

const client = (url: string): RedisClient => {
  const made = createClient({ url, disableOfflineQueue: true });
  made.on('error', () => undefined);
  return made;
};

/** Log lines the reader writes, kept to check what it said. */
function recordingLog(lines: string[]): Logger {
  const note = (_obj: object, msg?: string) => void lines.push(msg ?? '');
  return { debug: note, info: note, warn: note, error: note };
}

function updateWith(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getArray<string>('array').push([text]);
  return Y.encodeStateAsUpdate(doc);
}

/** What the reader delivered, per document: the items of each update's array, in arrival order. */
function collector() {
  const delivered = new Map<string, string[]>();
  const got = (docId: string): string[] => {
    const items = delivered.get(docId) ?? [];
    delivered.set(docId, items);
    return items;
  };
  const deliverTo = (docId: string) => (updates: Uint8Array[]) => {
    const doc = new Y.Doc();
    for (const update of updates) Y.applyUpdate(doc, update);
    got(docId).push(...doc.getArray<string>('array').toArray());
  };
  return { deliverTo, got };
}

describe('fan-out stream reader (real redis-server)', () => {
  let redis: RedisServer | undefined;
  let proxy: FaultProxy | undefined;
  const closers: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
    await proxy?.close();
    await redis?.stop();
  });

  /** A Redis with a fault proxy in front, and a document store on a connection that bypasses it. */
  async function startStore(): Promise<{ store: RedisDocStore; keyPrefix: string; faults: FaultProxy }> {
    redis = await startRedis({ appendonly: false });
    proxy = await startFaultProxy(redis.port);
    const keyPrefix = `test-${randomUUID()}:`;
    const main = client(redis.url);
    await main.connect();
    closers.push(() => main.quit());
    const store = createRedisDocStore({ client: main, keyPrefix });
    closers.push(() => store.close());
    return { store, keyPrefix, faults: proxy };
  }

  it('replaces a connection whose blocking read is never answered, and delivers what was stored meanwhile', async () => {
    const { store, keyPrefix, faults } = await startStore();

    // The reader's first connection goes through the proxy (which will stall, as a dead peer does);
    // any later one goes straight to Redis.
    let made = 0;
    const lines: string[] = [];
    const reader = new StreamReader(
      () => client(made++ === 0 ? faults.url : redis!.url),
      store,
      redisKeys(keyPrefix),
      recordingLog(lines),
    );
    closers.push(() => reader.stop());
    await reader.open();
    const { deliverTo, got } = collector();
    await reader.add('doc-a', deliverTo('doc-a'));
    const delivered = got('doc-a');

    await store.append('doc-a', [updateWith('before')]);
    await waitFor(() => delivered.includes('before'), { what: 'the first update relayed' });

    // The stalled connection never answers again; only a new connection can go on reading.
    faults.set({ kind: 'pause' });
    await store.append('doc-a', [updateWith('during')]);
    await waitFor(() => delivered.includes('during'), {
      timeoutMs: 20_000,
      what: 'delivery after the stall',
    });
    // (What was stored meanwhile may arrive through the store's connection before the new one opens.)
    await waitFor(() => made >= 2, { what: 'a new connection' });
    expect(lines).toContain('fan-out reader opening a new connection');
  }, 40_000);

  // After a Redis restart the store's connection came back before the reader's own (each client backs
  // off on its own): the node confirmed its clients' edits but read nothing of the other node's.
  it('while its own connection is down and the store connection writes, reads through the store and skips nothing', async () => {
    const { store, keyPrefix, faults } = await startStore();

    // Every connection of the reader's own (the first and any replacement) goes through the proxy.
    const reader = new StreamReader(() => client(faults.url), store, redisKeys(keyPrefix), recordingLog([]));
    closers.push(() => reader.stop());
    await reader.open();
    const { deliverTo, got } = collector();
    await reader.add('doc-a', deliverTo('doc-a'));
    await store.append('doc-a', [updateWith('a0')]);
    await waitFor(() => got('doc-a').includes('a0'), { what: 'the first update relayed' });

    // The reader's connection drops and cannot come back; the store's connection goes on writing.
    faults.set({ kind: 'cut' });
    const during = ['a1', 'a2', 'a3', 'a4', 'a5'];
    for (const item of during) {
      await store.append('doc-a', [updateWith(item)]);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // A room loading meanwhile (its store read works) joins too.
    await reader.add('doc-b', deliverTo('doc-b'));
    await store.append('doc-b', [updateWith('b0')]);
    await waitFor(() => during.every((item) => got('doc-a').includes(item)) && got('doc-b').includes('b0'), {
      timeoutMs: 20_000,
      what: 'what was stored while the reader connection was down',
    });
    expect(faults.mode.kind).toBe('cut');

    // Its own connection back: reading goes on from the same positions, nothing skipped or repeated.
    faults.set({ kind: 'pass' });
    await store.append('doc-a', [updateWith('a6')]);
    await store.append('doc-b', [updateWith('b1')]);
    await waitFor(() => got('doc-a').includes('a6') && got('doc-b').includes('b1'), {
      timeoutMs: 20_000,
      what: 'updates after the connection came back',
    });
    // (Sorted: updates from separate Y.Docs merged into one order by client id, not by arrival.)
    expect(got('doc-a').sort()).toEqual(['a0', ...during, 'a6']);
    expect(got('doc-b').sort()).toEqual(['b0', 'b1']);
  }, 60_000);

  it('stops at once while its connection cannot reach Redis', async () => {
    const { store, keyPrefix, faults } = await startStore();
    const reader = new StreamReader(() => client(faults.url), store, redisKeys(keyPrefix), recordingLog([]));
    await reader.open();
    await reader.add('doc-a', () => undefined);
    faults.set({ kind: 'cut' });
    await new Promise((resolve) => setTimeout(resolve, 500)); // the client is now reconnecting
    const startedAt = Date.now();
    await reader.stop();
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  }, 30_000);
});
