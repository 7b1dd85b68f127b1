import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCompactionRunner } from './compaction-runner.js';
import type { CompactionPolicy, DocStore } from './doc-store.js';
import { LogSizes } from './log-sizes.js';
import { sqliteApprovals } from './sqlite-approvals.js';
import { sqliteVersions } from './sqlite-versions.js';
import { createUpdateMerger } from './update-merger.js';

/** The two log methods the store uses; a pino (Fastify) logger fits. */
export interface SqliteDocStoreLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of {@link createSqliteDocStore}. */
export interface SqliteDocStoreOptions {
  /** Folder of the database; created if missing. The file is `<dir>/docs.sqlite`. */
  dir: string;
  /** Defaults to 500 updates or 1 MiB. */
  policy?: CompactionPolicy;
  logger?: SqliteDocStoreLogger;
}

/** The embedded SQLite {@link DocStore}, plus the paths of its files (for erasure tests and backups). */
export interface SqliteDocStore extends DocStore {
  readonly files: { readonly db: string; readonly wal: string };
}

interface PendingAppend {
  docId: string;
  updates: Uint8Array[];
  resolve: () => void;
  reject: (err: unknown) => void;
}

const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const toBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/**
 * Opens (creating if needed) the SQLite document store in `options.dir`. Several stores, in this or
 * other processes, may share one directory: every read-modify-write runs in an IMMEDIATE transaction.
 */
export async function createSqliteDocStore(options: SqliteDocStoreOptions): Promise<SqliteDocStore> {
  const policy = options.policy ?? { maxUpdates: 500, maxBytes: 1024 * 1024 };
  await mkdir(options.dir, { recursive: true });
  const files = { db: join(options.dir, 'docs.sqlite'), wal: join(options.dir, 'docs.sqlite-wal') };
  const db = new Database(files.db);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  // After each checkpoint the WAL is cut back to 4 MB: one large write must not hold its size for ever.
  db.pragma('journal_size_limit = 4194304');
  // FULL fsyncs the WAL on every commit: an append is confirmed only once it survives power loss.
  db.pragma('synchronous = FULL');
  // Overwrite freed content with zeros so erased documents do not linger in free pages (GDPR).
  db.pragma('secure_delete = ON');
  db.exec(`
    CREATE TABLE IF NOT EXISTS doc_snapshot (doc_id TEXT PRIMARY KEY, data BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS doc_update (
      seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS doc_update_by_doc ON doc_update (doc_id, seq);
    CREATE TABLE IF NOT EXISTS doc_version (
      doc_id TEXT NOT NULL, id TEXT NOT NULL, created_at TEXT NOT NULL, meta TEXT NOT NULL,
      state BLOB NOT NULL, PRIMARY KEY (doc_id, id));
    CREATE TABLE IF NOT EXISTS doc_changed (doc_id TEXT PRIMARY KEY, changed_at INTEGER NOT NULL);
  `);
  const versions = sqliteVersions(db);
  const approvals = sqliteApprovals(db);

  const insertUpdate = db.prepare<[string, Buffer]>('INSERT INTO doc_update (doc_id, data) VALUES (?, ?)');
  const logStats = db.prepare<[string], { n: number; bytes: number }>(
    'SELECT count(*) AS n, coalesce(sum(length(data)), 0) AS bytes FROM doc_update WHERE doc_id = ?',
  );
  const getSnapshot = db.prepare<[string], { data: Buffer }>(
    'SELECT data FROM doc_snapshot WHERE doc_id = ?',
  );
  const getLog = db.prepare<[string], { seq: number; data: Buffer }>(
    'SELECT seq, data FROM doc_update WHERE doc_id = ? ORDER BY seq',
  );
  const putSnapshot = db.prepare<[string, Buffer]>(
    'INSERT INTO doc_snapshot (doc_id, data) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data',
  );
  const countLogUpTo = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM doc_update WHERE doc_id = ? AND seq <= ?',
  );
  const lastSeq = db.prepare<[string], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM doc_update WHERE doc_id = ?',
  );
  const deleteLogUpTo = db.prepare<[string, number]>('DELETE FROM doc_update WHERE doc_id = ? AND seq <= ?');
  const deleteLog = db.prepare<[string]>('DELETE FROM doc_update WHERE doc_id = ?');
  const deleteSnapshot = db.prepare<[string]>('DELETE FROM doc_snapshot WHERE doc_id = ?');

  const readDoc = db.transaction((docId: string) => {
    const snapshot = getSnapshot.get(docId);
    const log = getLog.all(docId);
    return { snapshot, log };
  });
  const writeBatch = db.transaction((batch: PendingAppend[]) => {
    for (const { docId, updates } of batch) for (const u of updates) insertUpdate.run(docId, toBuffer(u));
    const now = Date.now();
    for (const docId of new Set(batch.map((p) => p.docId))) versions.markChanged(docId, now);
  });
  const readLogSize = (docId: string) => logStats.get(docId) ?? { n: 0, bytes: 0 };
  const overPolicy = ({ n, bytes }: { n: number; bytes: number }) =>
    n >= policy.maxUpdates || bytes >= policy.maxBytes;
  // Past twice the policy, appends that never pause no longer hold the compaction back.
  const farOverPolicy = ({ n, bytes }: { n: number; bytes: number }) =>
    n >= 2 * policy.maxUpdates || bytes >= 2 * policy.maxBytes;
  // Counted per append instead of read per commit (see log-sizes.ts); compaction reads for real.
  const logSizes = new LogSizes(readLogSize);
  // Commits a merge only over the state it was made from: another store on the same file may have
  // compacted this document meanwhile, or it may have been erased (which must stay erased).
  const commitCompaction = db.transaction(
    (docId: string, before: Buffer | null, lastSeq: number, count: number, merged: Buffer) => {
      const now = getSnapshot.get(docId)?.data ?? null;
      const sameSnapshot = now === null || before === null ? now === before : now.equals(before);
      if (!sameSnapshot || countLogUpTo.get(docId, lastSeq)?.n !== count) return false;
      putSnapshot.run(docId, merged);
      deleteLogUpTo.run(docId, lastSeq);
      return true;
    },
  );
  const merger = createUpdateMerger();
  // The merge runs on a worker thread while appends go on; only the commit takes the write lock.
  const compactOnce = async (docId: string): Promise<boolean> => {
    // The count may be off (another store on this file); the log itself says whether to compact.
    logSizes.forget(docId);
    if (!overPolicy(readLogSize(docId))) return true;
    const { snapshot, log } = readDoc(docId);
    const last = log.at(-1);
    if (!last) return true;
    const parts = snapshot ? [snapshot.data, ...log.map((r) => r.data)] : log.map((r) => r.data);
    const merged = await merger.merge(parts.map(toBytes));
    const committed = commitCompaction.immediate(
      docId,
      snapshot?.data ?? null,
      last.seq,
      log.length,
      toBuffer(merged),
    );
    logSizes.forget(docId);
    return committed;
  };
  const compactions = createCompactionRunner(compactOnce, (err, docId) =>
    options.logger?.error({ err, docId }, 'sqlite doc store: compaction failed'),
  );
  const eraseDoc = db.transaction((docId: string) => {
    logSizes.forget(docId);
    deleteLog.run(docId);
    deleteSnapshot.run(docId);
    versions.erase(docId);
  });

  let queue: PendingAppend[] = [];
  let scheduled: NodeJS.Immediate | undefined;
  let closed = false;

  // Group commit: everything queued since the last flush goes into one transaction, so one fsync
  // confirms many appends. better-sqlite3 is synchronous, so appends made while a flush runs simply
  // queue up for the next one.
  const flush = () => {
    scheduled = undefined;
    const batch = queue;
    queue = [];
    const first = batch[0];
    if (!first) return;
    try {
      writeBatch.immediate(batch);
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    for (const p of batch) p.resolve();
    const added = new Map<string, { n: number; bytes: number }>();
    for (const { docId, updates } of batch) {
      const sum = added.get(docId) ?? { n: 0, bytes: 0 };
      for (const u of updates) {
        sum.n += 1;
        sum.bytes += u.byteLength;
      }
      added.set(docId, sum);
    }
    // One read after the commit, as the count query was (one index seek now): it leaves this
    // connection's WAL read mark at the new end, so the next write does not first write the mark
    // into the mapped -shm file. Without it, when the data folder turned read-only (chattr +i in
    // test/chaos/embedded-disk) the process died without a word (a native crash, likely SIGBUS on
    // that mapped write) instead of failing the append; with it, the append fails and is retried.
    lastSeq.get(first.docId);
    for (const [docId, { n, bytes }] of added) {
      const size = logSizes.added(docId, n, bytes);
      if (overPolicy(size)) compactions.schedule(docId, farOverPolicy(size));
    }
  };
  const assertOpen = () => {
    if (closed) throw new Error('sqlite doc store is closed');
  };

  return {
    files,
    async load(docId) {
      assertOpen();
      const { snapshot, log } = readDoc(docId);
      const parts = log.map((r) => toBytes(r.data));
      return snapshot ? [toBytes(snapshot.data), ...parts] : parts;
    },
    append(docId, updates) {
      if (closed) return Promise.reject(new Error('sqlite doc store is closed'));
      if (updates.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ docId, updates, resolve, reject });
        scheduled ??= setImmediate(flush);
      });
    },
    async delete(docId) {
      assertOpen();
      // Appends queued before the delete must be erased too, so write them first.
      if (scheduled) clearImmediate(scheduled);
      flush();
      eraseDoc.immediate(docId);
      // secure_delete zeroes the main file, but old page images stay in the WAL until a checkpoint
      // copies the zeroed pages back and TRUNCATE empties the WAL file.
      const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy) {
        options.logger?.warn(
          { docId },
          'sqlite doc store: WAL checkpoint busy; erased data may stay in the WAL',
        );
      }
    },
    async saveVersion(docId, meta, state) {
      assertOpen();
      versions.save(docId, meta, toBuffer(state));
    },
    async listVersions(docId) {
      assertOpen();
      return versions.list(docId);
    },
    async loadVersion(docId, versionId) {
      assertOpen();
      const state = versions.load(docId, versionId);
      return state ? toBytes(state) : null;
    },
    async setVersionApproval(docId, versionId, approval) {
      assertOpen();
      return approvals.set(docId, versionId, approval);
    },
    async takeIdleChanged(before) {
      assertOpen();
      return versions.takeIdle(before);
    },
    async ping() {
      assertOpen();
      db.prepare('SELECT 1').get();
    },
    async close() {
      if (closed) return;
      if (scheduled) clearImmediate(scheduled);
      flush();
      closed = true;
      await compactions.close();
      await merger.close();
      db.close();
    },
  };
}
