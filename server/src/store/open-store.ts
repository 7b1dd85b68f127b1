import type { Config } from '../config.js';
import { checkRedisFormat, checkSqliteFormat } from '../format/store-format.js';
import type { Logger } from '../log.js';
import { connectRedis, type RedisClient } from '../redis/client.js';
import { redisKeys } from '../redis/keys.js';
import { whenWritable } from '../redis/when-writable.js';
import type { DocStore } from './doc-store.js';
import { createRedisDocStore, type RedisDocStore } from './redis-doc-store.js';
import { createSqliteDocStore } from './sqlite-doc-store.js';
import { createThreadedSqliteDocStore, docStoreThreadAvailable } from './threaded-doc-store.js';

/**
 * The store for this configuration: Redis when REDIS_URL is set, else SQLite under DATA_DIR, on a
 * thread of its own (a write stuck on the disk must not stop the event loop; see store-thread.ts).
 */
export async function openStore(
  config: Config,
  log: Logger,
): Promise<{ store: DocStore; redis: RedisClient | null; redisStore: RedisDocStore | null }> {
  const policy = { maxUpdates: config.COMPACT_AFTER_UPDATES, maxBytes: config.COMPACT_AFTER_BYTES };
  if (!config.REDIS_URL) {
    // A store written by a newer server stops the boot here, before anything opens it for writing.
    await checkSqliteFormat(config.dataDir, log);
    const store = docStoreThreadAvailable()
      ? await createThreadedSqliteDocStore({ dir: config.dataDir, policy }, log)
      : await createSqliteDocStore({ dir: config.dataDir, policy, logger: log });
    return { store, redis: null, redisStore: null };
  }
  const sentinel =
    config.REDIS_SENTINELS && config.REDIS_SENTINEL_NAME
      ? { sentinels: config.REDIS_SENTINELS, name: config.REDIS_SENTINEL_NAME }
      : undefined;
  const redis = await connectRedis(config.REDIS_URL, log, { sentinel, cluster: config.REDIS_CLUSTER });
  const keys = redisKeys(config.REDIS_KEY_PREFIX);
  try {
    // The format check below writes: wait out a primary that does not take writes yet.
    await whenWritable(redis, keys.writeProbe(), log);
    await checkRedisFormat(redis, keys.formatVersion(), log);
  } catch (error) {
    redis.destroy();
    throw error;
  }
  const store = createRedisDocStore({
    client: redis,
    keyPrefix: config.REDIS_KEY_PREFIX,
    policy,
    waitReplicas: config.REDIS_WAIT_REPLICAS,
    waitTimeoutMs: config.REDIS_WAIT_TIMEOUT_MS,
    logger: log,
  });
  return { store, redis, redisStore: store };
}
