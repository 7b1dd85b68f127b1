import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import { networkStoreContract } from '../../server/src/networks/network-store-contract.js';
import { createRedisNetworkStore } from '../../server/src/networks/redis-network-store.js';
import { connect, findTraces } from '../helpers/redis-client.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';

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
      traces: (text) => findTraces(client, keyPrefix, text),
      cleanup: async () => {
        client.destroy();
      },
    };
  });
});
