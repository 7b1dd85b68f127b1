import { createClient } from 'redis';
import type { Config } from '../config.js';
import type { Logger } from '../sync/types.js';
import type { DocStore } from './doc-store.js';
import { createRedisDocStore, type RedisDocStore } from './redis-doc-store.js';
import { createSqliteDocStore } from './sqlite-doc-store.js';

export type RedisClient = ReturnType<typeof createClient>;

/** The store for this configuration: Redis when REDIS_URL is set, else SQLite under DATA_DIR. */
export async function openStore(
  config: Config,
  log: Logger,
): Promise<{ store: DocStore; redis: RedisClient | null; redisStore: RedisDocStore | null }> {
  const policy = { maxUpdates: config.COMPACT_AFTER_UPDATES, maxBytes: config.COMPACT_AFTER_BYTES };
  if (!config.REDIS_URL) {
    const store = await createSqliteDocStore({ dir: config.dataDir, policy, logger: log });
    return { store, redis: null, redisStore: null };
  }
  const redis = await connectRedis(config.REDIS_URL, log);
  const store = createRedisDocStore({
    client: redis,
    keyPrefix: config.REDIS_KEY_PREFIX,
    policy,
    logger: log,
  });
  return { store, redis, redisStore: store };
}

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
