import type { Config } from '../config.js';
import type { RedisClient } from '../redis/client.js';
import type { NetworkStore } from './network-store.js';
import { createRedisNetworkStore } from './redis-network-store.js';
import { createSqliteNetworkStore } from './sqlite-network-store.js';

/** The network store beside the programme store: in Redis when there is one, else SQLite in DATA_DIR. */
export async function openNetworkStore(config: Config, redis: RedisClient | null): Promise<NetworkStore> {
  if (redis) return createRedisNetworkStore({ client: redis, keyPrefix: config.REDIS_KEY_PREFIX });
  return createSqliteNetworkStore({ dir: config.dataDir });
}
