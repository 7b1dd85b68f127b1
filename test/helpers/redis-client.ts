import { createClient } from 'redis';
import type { RedisClient } from '../../server/src/redis/client.js';

/** A Redis client for a test's own look at the data (errors are the test's to see, not logged). */
export async function connect(url: string): Promise<RedisClient> {
  const client = createClient({ url, disableOfflineQueue: true });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Every key under `prefix` whose name or value contains `text` (strings and hashes). */
export async function findTraces(client: RedisClient, prefix: string, text: string): Promise<string[]> {
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
