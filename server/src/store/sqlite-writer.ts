import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One document's updates of a write batch. */
export interface AppendBatchEntry {
  docId: string;
  updates: Uint8Array[];
}

/**
 * Appends to the SQLite log on a worker thread with its own connection. A commit waits for fsync
 * (synchronous=FULL); on the main thread that wait would stall every room of the node.
 */
export interface SqliteWriter {
  /** Commits the whole batch in one transaction; resolves once it is on disk. */
  write(batch: AppendBatchEntry[]): Promise<void>;
  close(): Promise<void>;
}

// Plain CommonJS evaluated in the worker (runs the same from TypeScript sources and from the build).
// The tables exist: the store creates them before it starts the writer.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 10000');
db.pragma('synchronous = FULL');
db.pragma('secure_delete = ON');
const insert = db.prepare('INSERT INTO doc_update (doc_id, data) VALUES (?, ?)');
const changed = db.prepare(
  'INSERT INTO doc_changed (doc_id, changed_at) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET changed_at = excluded.changed_at',
);
const write = db.transaction((batch) => {
  const now = Date.now();
  for (const { docId, updates } of batch) {
    for (const u of updates) insert.run(docId, Buffer.from(u.buffer, u.byteOffset, u.byteLength));
    changed.run(docId, now);
  }
});
parentPort.on('message', ({ id, batch }) => {
  if (id === 'close') {
    db.close();
    parentPort.postMessage({ id });
    return;
  }
  try {
    write.immediate(batch);
    parentPort.postMessage({ id });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Reply {
  id: number | 'close';
  error?: string;
}

export function createSqliteWriter(file: string): SqliteWriter {
  const waiting = new Map<number | 'close', { resolve: () => void; reject: (e: Error) => void }>();
  let worker: Worker | null = null;
  let nextId = 1;

  const failAll = (error: Error) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const created = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file } });
    created.unref(); // kept alive only while a write waits (see call)
    created.on('message', (reply: Reply) => {
      const entry = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (waiting.size === 0) created.unref();
      if (reply.error) entry?.reject(new Error(`sqlite write failed: ${reply.error}`));
      else entry?.resolve();
    });
    created.on('error', (error: Error) => failAll(error));
    // A writer that died is started again by the next write (the room retries what failed).
    created.on('exit', () => {
      if (worker === created) worker = null;
      failAll(new Error('sqlite writer stopped'));
    });
    return created;
  };

  const call = (id: number | 'close', batch?: AppendBatchEntry[]) => {
    worker ??= start();
    const running = worker;
    running.ref();
    return new Promise<void>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      running.postMessage({ id, batch });
    });
  };

  return {
    write: (batch) =>
      call(
        nextId++,
        // A view on a larger buffer (a received frame) would send that whole buffer: copy it.
        batch.map(({ docId, updates }) => ({
          docId,
          updates: updates.map((u) => (u.byteLength === u.buffer.byteLength ? u : u.slice())),
        })),
      ),
    async close() {
      const running = worker;
      if (!running) return;
      await call('close').catch(() => undefined);
      worker = null;
      await running.terminate();
    },
  };
}
