import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StoreThreadLogger, startStoreThread } from '../store/store-thread.js';
import type { SqliteProgrammeStore } from './sqlite-programme-store.js';

const ENTRY = new URL('./programme-store-worker.js', import.meta.url);

/** What the worker needs to open the store (plain data: it crosses a thread). */
export interface ThreadedProgrammeStoreOptions {
  readonly dir: string;
}

/** The programme store whose SQLite runs on a thread of its own; the heartbeat is that thread's. */
export interface ThreadedSqliteProgrammeStore extends SqliteProgrammeStore {
  /** Starts the thread's heartbeat and returns it (see StoreThread.watchHeartbeat). */
  watchHeartbeat(): SharedArrayBuffer;
}

/** Whether the built worker file exists (not when run from the TypeScript sources). */
export const programmeStoreThreadAvailable = () => existsSync(fileURLToPath(ENTRY));

type Api = Omit<SqliteProgrammeStore, 'files'>;
const METHODS = [
  'createProgramme',
  'getProgramme',
  'markDeleting',
  'deleteProgramme',
  'addBoard',
  'renameBoard',
  'listBoards',
  'findBoardByDoc',
  'trashBoard',
  'listTrashedBefore',
  'purgeBoard',
  'addJoinCode',
  'findJoinCode',
  'listJoinCodes',
  'revokeJoinCode',
  'addMember',
  'listMembers',
  'addInvite',
  'listInvites',
  'revokeInvite',
  'getGrant',
  'loadSnapshot',
  'ping',
] as const satisfies readonly (keyof Api)[];

/**
 * The SQLite programme store on a worker thread (see store/store-thread.ts): every call is a
 * message, answered once the worker's store has answered (after its commit, for a write).
 */
export async function createThreadedSqliteProgrammeStore(
  options: ThreadedProgrammeStoreOptions,
  logger?: StoreThreadLogger,
): Promise<ThreadedSqliteProgrammeStore> {
  const thread = await startStoreThread(ENTRY, options, logger);
  const calls = Object.fromEntries(
    METHODS.map((method) => [method, (...args: unknown[]) => thread.call(method, args)]),
  ) as unknown as Omit<Api, 'close'>;
  return {
    ...calls,
    files: { db: join(options.dir, 'programmes.sqlite'), wal: join(options.dir, 'programmes.sqlite-wal') },
    watchHeartbeat: () => thread.watchHeartbeat(),
    close: () => thread.close(),
  };
}
