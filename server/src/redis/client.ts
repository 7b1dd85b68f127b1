import { createClient } from 'redis';
import type { Logger } from '../log.js';

/** A node-redis v5 client as returned by `createClient`. */
export type RedisClient = ReturnType<typeof createClient>;

/**
 * A Redis client that fails commands at once while disconnected (so that writes are retried by the
 * room and `/readyz` tells the truth) and reconnects forever in the background.
 */
export async function connectRedis(url: string, log: Logger): Promise<RedisClient> {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 2_000), connectTimeout: 5_000 },
  });
  let down = false;
  client.on('error', (error: Error) => {
    if (!down) log.error({ err: error.message }, 'redis connection error');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info({}, 'redis connection restored');
    down = false;
  });
  await client.connect();
  return client;
}
