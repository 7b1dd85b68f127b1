import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  programmeStoreContract,
  sampleProgramme,
} from '../../server/src/programmes/programme-store-contract.js';
import { createRedisProgrammeStore } from '../../server/src/programmes/redis-programme-store.js';
import type { RedisClient } from '../../server/src/redis/client.js';
import { redisKeys } from '../../server/src/redis/keys.js';
import { connect, findTraces } from '../helpers/redis-client.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

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
