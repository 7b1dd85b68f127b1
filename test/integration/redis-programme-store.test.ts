import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  programmeStoreContract,
  sampleProgramme,
} from '../../server/src/programmes/programme-store-contract.js';
import { createRedisProgrammeStore } from '../../server/src/programmes/redis-programme-store.js';
import type { RedisClient } from '../../server/src/redis/client.js';
import { redisKeys } from '../../server/src/redis/keys.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

async function connect(url: string): Promise<RedisClient> {
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Every key under `prefix` whose name or value contains `text`. */
async function findTraces(client: RedisClient, prefix: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for await (const keys of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) {
    for (const key of keys) {
      const type = await client.type(key);
      const value =
        type === 'string'
          ? await client.get(key)
          : type === 'hash'
            ? JSON.stringify(await client.hGetAll(key))
            : '';
      if (key.includes(text) || value?.includes(text)) found.push(key);
    }
  }
  return found;
}

function redisFixture(server: RedisServer) {
  const keyPrefix = `test-${randomUUID()}:`;
  const clients: RedisClient[] = [];
  const reopen = async () => {
    const client = await connect(server.url);
    clients.push(client);
    return createRedisProgrammeStore({ client, keyPrefix });
  };
  return {
    keyPrefix,
    reopen,
    traces: async (text: string) => {
      const client = await connect(server.url);
      try {
        return await findTraces(client, keyPrefix, text);
      } finally {
        client.destroy();
      }
    },
    cleanup: async () => {
      for (const client of clients) if (client.isOpen) client.destroy();
    },
  };
}

describe('RedisProgrammeStore', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });

  programmeStoreContract('redis', async () => {
    const fixture = redisFixture(server);
    return { ...fixture, store: await fixture.reopen() };
  });

  it('refuses to load a stored record that does not match its schema', async () => {
    const fixture = redisFixture(server);
    try {
      const store = await fixture.reopen();
      const programme = sampleProgramme();
      await store.createProgramme(programme);
      const client = await connect(server.url);
      const key = redisKeys(fixture.keyPrefix).programme(programme.id);
      await client.set(key, JSON.stringify({ ...programme, language: 'xx' }));
      client.destroy();
      await expect(store.getProgramme(programme.id)).rejects.toThrow();
    } finally {
      await fixture.cleanup();
    }
  });
});
