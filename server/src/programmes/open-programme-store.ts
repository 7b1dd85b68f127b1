import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import { createCachedProgrammeStore } from './cached-programme-store.js';
import type { ProgrammeStore } from './programme-store.js';
import { createRedisProgrammeStore } from './redis-programme-store.js';
import { createSqliteProgrammeStore } from './sqlite-programme-store.js';
import {
  createThreadedSqliteProgrammeStore,
  programmeStoreThreadAvailable,
} from './threaded-programme-store.js';

/**
 * The programme store beside the document store: in Redis when there is one, else SQLite in
 * DATA_DIR on a thread of its own, with reads answered from memory (cached-programme-store.ts), so
 * that a store stuck on its disk stops neither the event loop nor other programmes' reads.
 */
export async function openProgrammeStore(
  config: Config,
  redis: RedisClient | null,
  log: Logger,
): Promise<ProgrammeStore> {
  if (redis) return createRedisProgrammeStore({ client: redis, keyPrefix: config.REDIS_KEY_PREFIX });
  // Run from the TypeScript sources (tests through app.inject) there is no built worker file.
  if (!programmeStoreThreadAvailable())
    return createSqliteProgrammeStore({ dir: config.dataDir, logger: log });
  const threaded = await createThreadedSqliteProgrammeStore({ dir: config.dataDir }, log);
  return Object.assign(createCachedProgrammeStore(threaded), { watchHeartbeat: threaded.watchHeartbeat });
}
