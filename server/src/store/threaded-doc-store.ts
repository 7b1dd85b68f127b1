import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompactionPolicy, DocStore } from './doc-store.js';
import { transferList } from './own-buffer.js';
import type { SqliteDocStore } from './sqlite-doc-store.js';
import { type StoreThreadLogger, startStoreThread } from './store-thread.js';

const ENTRY = new URL('./doc-store-worker.js', import.meta.url);

/** What the worker needs to open the store (plain data: it crosses a thread). */
export interface ThreadedDocStoreOptions {
  readonly dir: string;
  readonly policy?: CompactionPolicy;
}

/** A store whose SQLite runs on a thread of its own; the heartbeat is that thread's (health-thread.ts). */
export interface ThreadedSqliteDocStore extends SqliteDocStore {
  /** Starts the thread's heartbeat and returns it (see StoreThread.watchHeartbeat). */
  watchHeartbeat(): SharedArrayBuffer;
}

/**
 * Whether the worker can start: run from the TypeScript sources (tests through `app.inject`) there
 * is no built worker file, and the store then runs on the calling thread.
 */
export const docStoreThreadAvailable = () => existsSync(fileURLToPath(ENTRY));

/**
 * The embedded SQLite {@link DocStore} on a worker thread (see store-thread.ts for why). Same
 * contract, same files, same durability: `append` resolves after the worker's commit.
 */
export async function createThreadedSqliteDocStore(
  options: ThreadedDocStoreOptions,
  logger?: StoreThreadLogger,
): Promise<ThreadedSqliteDocStore> {
  const thread = await startStoreThread(ENTRY, options, logger);
  const call =
    <K extends keyof DocStore>(method: K) =>
    (...args: Parameters<DocStore[K]>) =>
      thread.call<Awaited<ReturnType<DocStore[K]>>>(method, args);
  return {
    files: { db: join(options.dir, 'docs.sqlite'), wal: join(options.dir, 'docs.sqlite-wal') },
    watchHeartbeat: () => thread.watchHeartbeat(),
    load: call('load'),
    append: (docId, updates, options) => {
      if (updates.length === 0) return Promise.resolve();
      const transfer = options?.handOver ? transferList(updates) : [];
      return thread.call('append', [docId, updates], transfer);
    },
    saveVersion: call('saveVersion'),
    listVersions: call('listVersions'),
    loadVersion: call('loadVersion'),
    setVersionApproval: call('setVersionApproval'),
    takeIdleChanged: call('takeIdleChanged'),
    delete: call('delete'),
    ping: call('ping'),
    close: () => thread.close(),
  };
}
