import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { RedisClient } from '../../server/src/redis/client.js';
import type { CompactionPolicy } from '../../server/src/store/doc-store.js';
import { docStoreContract } from '../../server/src/store/doc-store-contract.js';
import { createRedisDocStore, type RedisDocStore } from '../../server/src/store/redis-doc-store.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

async function connect(url: string): Promise<RedisClient> {
  const client = createClient({ url, disableOfflineQueue: true });
  // Without a listener, the connection errors of a killed server would crash the test process.
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Stores on one Redis and one key prefix; every store gets its own client, as separate nodes would. */
function redisFixture(server: RedisServer, policy: CompactionPolicy) {
  const keyPrefix = `test-${randomUUID()}:`;
  const opened: { store: RedisDocStore; client: RedisClient }[] = [];
  const reopen = async () => {
    const client = await connect(server.url);
    const store = createRedisDocStore({ client, keyPrefix, policy });
    opened.push({ store, client });
    return store;
  };
  const cleanup = async () => {
    for (const { store, client } of opened) {
      await store.close();
      if (client.isOpen) client.destroy();
    }
    const client = await connect(server.url).catch(() => undefined);
    if (!client) return;
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) await client.del(keys);
    }
    client.destroy();
  };
  return { reopen, cleanup, keyPrefix };
}

describe('RedisDocStore', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis({ appendfsync: 'always' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  docStoreContract('redis', async ({ policy }) => {
    const { reopen, cleanup } = redisFixture(server, policy);
    return { store: await reopen(), reopen, cleanup };
  });

  it('reads the log after a stream position', async () => {
    const { reopen, cleanup } = redisFixture(server, { maxUpdates: 500, maxBytes: 1024 ** 2 });
    try {
      const store = await reopen();
      const updates = [new Uint8Array([0, 1]), new Uint8Array([255, 0, 128]), new Uint8Array([7])];
      await store.append('doc', updates);
      const all = await store.readLogSince('doc', '-');
      expect(all.map((e) => e.update)).toEqual(updates);
      const first = all[0]?.id ?? '';
      expect((await store.readLogSince('doc', first)).map((e) => e.update)).toEqual(updates.slice(1));
      // Where a reader starts: the newest entry (nothing trimmed yet), 0-0 for an empty stream.
      expect(await store.streamPosition('doc')).toBe(all.at(-1)?.id);
      expect(await store.streamPosition('never-written')).toBe('0-0');
    } finally {
      await cleanup();
    }
  });
});

describe('RedisDocStore appends retried', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis({ appendfsync: 'always' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('stores an update appended twice once, and forgets its id when compaction trims it', async () => {
    const { reopen, cleanup, keyPrefix } = redisFixture(server, { maxUpdates: 10, maxBytes: 1024 ** 3 });
    const client = await connect(server.url);
    try {
      const store = await reopen();
      const doc = new Y.Doc();
      const updates: Uint8Array[] = [];
      doc.on('update', (u: Uint8Array) => updates.push(u));
      for (let i = 0; i < 5; i++) doc.getText('t').insert(i, String(i));
      await store.append('doc', updates.slice(0, 3));
      // A retry of the same call (its answer lost), then one that overlaps it.
      await store.append('doc', updates.slice(0, 3));
      await store.append('doc', updates.slice(2, 5));
      expect(await store.load('doc')).toEqual(updates);
      const logKey = `${keyPrefix}doc:{doc}:log`;
      const idsKey = `${keyPrefix}doc:{doc}:log-ids`;
      expect(await client.xLen(logKey)).toBe(5);
      expect(await client.hLen(idsKey)).toBe(5);

      // Five more make ten: the compaction takes every entry.
      for (let i = 5; i < 10; i++) doc.getText('t').insert(i, String(i));
      for (const u of updates.slice(5)) await store.append('doc', [u]);
      await vi.waitFor(async () => expect(await client.xLen(logKey)).toBe(0), { timeout: 10_000 });
      expect(await client.hLen(idsKey)).toBe(0);
      const copy = new Y.Doc();
      for (const u of await store.load('doc')) Y.applyUpdate(copy, u);
      expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    } finally {
      client.destroy();
      await cleanup();
    }
  });
});

describe('RedisDocStore when Redis fails', () => {
  let server: RedisServer | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    await server?.stop();
    cleanup = undefined;
    server = undefined;
  });

  it('keeps every confirmed update across kill -9 and restart (appendfsync always)', async () => {
    server = await startRedis({ appendfsync: 'always' });
    const fixture = redisFixture(server, { maxUpdates: 50, maxBytes: 1024 ** 3 });
    cleanup = fixture.cleanup;
    const store = await fixture.reopen();
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 300; i++) doc.getText('t').insert(i, String(i));
    await Promise.all(updates.map((u) => store.append('doc', [u])));

    await server.kill('SIGKILL');
    await server.restart();

    const loaded = await (await fixture.reopen()).load('doc');
    const copy = new Y.Doc();
    for (const u of loaded) Y.applyUpdate(copy, u);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('rejects appends quickly while Redis is down, and works again after it is back', async () => {
    server = await startRedis();
    const fixture = redisFixture(server, { maxUpdates: 500, maxBytes: 1024 ** 2 });
    cleanup = fixture.cleanup;
    const store = await fixture.reopen();
    const doc = new Y.Doc();
    const [before, during, after] = ['before', 'during', 'after'].map((word) => {
      doc.getText('t').insert(0, word);
      return Y.encodeStateAsUpdate(doc);
    }) as [Uint8Array, Uint8Array, Uint8Array];
    await store.append('doc', [before]);

    await server.kill('SIGKILL');
    const started = Date.now();
    await expect(store.append('doc', [during])).rejects.toThrow();
    await expect(store.ping()).rejects.toThrow();
    await expect(store.load('doc')).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(3000);

    await server.restart();
    await vi.waitFor(() => store.ping(), { timeout: 15_000, interval: 100 });
    await store.append('doc', [after]);
    // The refused append stays refused: it is not sent later behind the caller's back (a queued
    // MULTI would be), so the caller's own retry is the only copy.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await store.load('doc')).toEqual([before, after]);
  });
});
