import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import type { ProgrammeStore } from './programme-store.js';
import { createRedisProgrammeStore } from './redis-programme-store.js';
import { createSqliteProgrammeStore } from './sqlite-programme-store.js';

/** The programme store beside the document store: in Redis when there is one, else SQLite in DATA_DIR. */
export async function openProgrammeStore(
  config: Config,
  redis: RedisClient | null,
  log: Logger,
): Promise<ProgrammeStore> {
  if (redis) return createRedisProgrammeStore({ client: redis, keyPrefix: config.REDIS_KEY_PREFIX });
  return createSqliteProgrammeStore({ dir: config.dataDir, logger: log });
}
