import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe } from 'vitest';
import { networkStoreContract } from '../../server/src/networks/network-store-contract.js';
import { createRedisNetworkStore } from '../../server/src/networks/redis-network-store.js';
import type { RedisClient } from '../../server/src/redis/client.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

async function connect(url: string): Promise<RedisClient> {
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  return client;
}

describe('RedisNetworkStore', () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    await server?.stop();
  });

  networkStoreContract('redis', async () => {
    const keyPrefix = `test-${randomUUID()}:`;
    const client = await connect(server.url);
    return {
      store: createRedisNetworkStore({ client, keyPrefix }),
      traces: async (text) => {
        const found: string[] = [];
        for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1000 })) {
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
      },
      cleanup: async () => {
        client.destroy();
      },
    };
  });
});
