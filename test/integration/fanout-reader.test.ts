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

describe('fan-out stream reader (real redis-server)', () => {
  let redis: RedisServer | undefined;
  let proxy: FaultProxy | undefined;
  const closers: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const close of closers.splice(0).reverse()) await close().catch(() => undefined);
    await proxy?.close();
    await redis?.stop();
  });

  it('replaces a connection whose blocking read is never answered, and delivers what was stored meanwhile', async () => {
    redis = await startRedis({ appendonly: false });
    proxy = await startFaultProxy(redis.port);
    const keyPrefix = `test-${randomUUID()}:`;
    const main = client(redis.url);
    await main.connect();
    closers.push(() => main.quit());
    const store: RedisDocStore = createRedisDocStore({ client: main, keyPrefix });
    closers.push(() => store.close());

    // The reader's first connection goes through the proxy (which will stall, as a dead peer does);
    // any later one goes straight to Redis.
    let made = 0;
    const lines: string[] = [];
    const reader = new StreamReader(
      () => client(made++ === 0 ? proxy!.url : redis!.url),
      store,
      redisKeys(keyPrefix),
      recordingLog(lines),
    );
    closers.push(() => reader.stop());
    await reader.open();
    const delivered: string[] = [];
    await reader.add('doc-a', (updates) => {
      const doc = new Y.Doc();
      for (const update of updates) Y.applyUpdate(doc, update);
      delivered.push(...doc.getArray<string>('array').toArray());
    });

    await store.append('doc-a', [updateWith('before')]);
    await waitFor(() => delivered.includes('before'), { what: 'the first update relayed' });

    // The stalled connection never answers again; only a new connection can go on reading.
    proxy.set({ kind: 'pause' });
    await store.append('doc-a', [updateWith('during')]);
    await waitFor(() => delivered.includes('during'), {
      timeoutMs: 20_000,
      what: 'delivery after the stall',
    });
    expect(made).toBeGreaterThanOrEqual(2);
    expect(lines).toContain('fan-out reader opening a new connection');
  }, 40_000);
});
