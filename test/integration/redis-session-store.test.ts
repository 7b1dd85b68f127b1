import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RedisClient } from '../../server/src/redis/client.js';
import { redisKeys } from '../../server/src/redis/keys.js';
import { createRedisSessionStore } from '../../server/src/session/session-store.js';
import { sessionStoreContract } from '../../server/src/session/session-store-contract.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

async function connect(url: string): Promise<RedisClient> {
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Stores on one real redis-server under a fresh key prefix, each with its own client (as nodes). */
function redisFixture(server: RedisServer) {
  const keyPrefix = `test-${randomUUID()}:`;
  const clients: RedisClient[] = [];
  const reopen = async () => {
    const client = await connect(server.url);
    clients.push(client);
    return createRedisSessionStore(client, redisKeys(keyPrefix));
  };
  const cleanup = async () => {
    const client = clients[0] ?? (await connect(server.url));
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
      if (keys.length > 0) await client.del(keys);
    }
    for (const opened of new Set([...clients, client])) if (opened.isOpen) opened.destroy();
  };
  return { keyPrefix, reopen, cleanup };
}

describe('Redis session store', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis({ appendfsync: 'everysec' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  sessionStoreContract('redis', async () => {
    const { reopen, cleanup } = redisFixture(server);
    return { store: await reopen(), reopen, cleanup };
  });

  it('keeps its keys under the prefix and leaves none once a programme is deleted', async () => {
    const { keyPrefix, reopen, cleanup } = redisFixture(server);
    try {
      const store = await reopen();
      await store.setTimer('p1', { status: 'running', durationMs: 1_000, endsAt: 2_000 });
      await store.putPresence('p1', 'socket', {
        memberId: 'm1',
        name: 'M',
        role: 'facilitator',
        colour: '#000000',
        boardId: null,
        away: false,
        handRaisedAt: null,
      });
      await store.raiseHand('p1', 'm1', 1);
      const client = await connect(server.url);
      try {
        expect((await client.keys(`${keyPrefix}*`)).sort()).toEqual(
          [
            redisKeys(keyPrefix).sessionState('p1'),
            redisKeys(keyPrefix).presence('p1'),
            redisKeys(keyPrefix).hands('p1'),
          ].sort(),
        );
        await store.deleteProgramme('p1');
        expect(await client.keys(`${keyPrefix}*`)).toEqual([]);
      } finally {
        client.destroy();
      }
    } finally {
      await cleanup();
    }
  });
});
