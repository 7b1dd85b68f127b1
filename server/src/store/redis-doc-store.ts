import { createHash } from 'node:crypto';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import { RESP_TYPES } from 'redis';
import { isCluster, type RedisClient } from '../redis/client.js';
import { docKeys, redisKeys } from '../redis/keys.js';
import { createCompactionRunner } from './compaction-runner.js';
import type { CompactionPolicy, DocStore } from './doc-store.js';
import { setRedisApproval } from './redis-approvals.js';
import {
  APPEND_SCRIPT,
  COMPACT_SCRIPT,
  POSITION_SCRIPT,
  READ_AFTER_SCRIPT,
  READ_SCRIPT,
} from './redis-doc-scripts.js';
import { cachedScript } from './redis-script.js';
import { createUpdateMerger } from './update-merger.js';

/** The two log methods the store uses; a pino (Fastify) logger fits. */
export interface RedisDocStoreLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of {@link createRedisDocStore}. */
export interface RedisDocStoreOptions {
  /**
   * Connected client, created with `disableOfflineQueue: true` so that commands fail fast while Redis
   * is down instead of waiting for a reconnect. The store never closes it.
   */
  client: RedisClient;
  /** Prefix of every key (default `mb:`). */
  keyPrefix?: string;
  /** Defaults to 500 updates or 1 MiB. */
  policy?: CompactionPolicy;
  logger?: RedisDocStoreLogger;
  /**
   * Replicas that must acknowledge an append or a saved version (Redis WAIT) before it resolves; when
   * fewer do within `waitTimeoutMs`, it fails and the caller keeps the update and retries. Default 0.
   */
  waitReplicas?: number;
  /** Default 1 s. */
  waitTimeoutMs?: number;
}

/** One entry of a document's update stream; `id` is its position in the stream. */
export interface LogEntry {
  id: string;
  update: Uint8Array;
}

/** {@link DocStore} over Redis, plus reads of the update stream for the cross-node fan-out. */
export interface RedisDocStore extends DocStore {
  /**
   * Log entries after stream id `afterId` (exclusive; `'-'` for all), in order. Entries already
   * compacted into the snapshot are gone: a reader that falls behind a compaction must `load` again.
   */
  readLogSince(docId: string, afterId: string): Promise<LogEntry[]>;
  /**
   * Like `readLogSince`, read atomically with the trim mark: `gap` is true when entries after
   * `afterId` were compacted away before this read, so the reader must `loadWithPosition` instead.
   */
  readLogAfter(docId: string, afterId: string): Promise<{ entries: LogEntry[]; gap: boolean }>;
  /** The trim marks of many documents in one round trip (`0-0`: never trimmed). */
  trimmedToMany(docIds: string[]): Promise<string[]>;
  /**
   * Everything stored (as `load`) and the stream position it covers: every entry at or before
   * `position` is in `updates`.
   */
  loadWithPosition(docId: string): Promise<{ updates: Uint8Array[]; position: string }>;
  /** Id of the last entry merged into the snapshot and trimmed from the stream (`0-0`: none). */
  trimmedTo(docId: string): Promise<string>;
  /** The stream position a reader starts from: the last entry's id or the trim mark, the later. */
  streamPosition(docId: string): Promise<string>;
}

/** An update's id in the log-ids hash: its bytes' hash (same bytes, same Yjs content). */
const updateId = (u: Uint8Array) => createHash('sha256').update(u).digest('base64url').slice(0, 22);

const toBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);
const toBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

// Run once per append (and per fan-out read): called by their SHA1, not sent as text each time.
const appendScript = cachedScript(APPEND_SCRIPT);
const readAfterScript = cachedScript(READ_AFTER_SCRIPT);

/** The smallest stream id greater than `id` ("ms-seq"). */
function nextStreamId(id: string): string {
  const [ms, seq] = id.split('-');
  return `${ms}-${BigInt(seq ?? '0') + 1n}`;
}

/** Compares two stream ids ("ms-seq"). */
export function compareStreamIds(a: string, b: string): number {
  const [am, as] = a.split('-').map((part) => BigInt(part || '0'));
  const [bm, bs] = b.split('-').map((part) => BigInt(part || '0'));
  if (am !== bm) return (am ?? 0n) < (bm ?? 0n) ? -1 : 1;
  if (as === bs) return 0;
  return (as ?? 0n) < (bs ?? 0n) ? -1 : 1;
}

function maxStreamId(a: string, b: string): string {
  return compareStreamIds(a, b) >= 0 ? a : b;
}

function entryUpdate(message: Record<string, Buffer>, id: string): Uint8Array {
  const u = message.u;
  if (!Buffer.isBuffer(u)) throw new Error(`redis doc store: log entry ${id} has no update`);
  return toBytes(u);
}

const corrupt = (docId: string, what: string) => new Error(`redis doc store: ${docId}: unexpected ${what}`);

/** Checks the reply of READ_SCRIPT: [snapshot | null, version | null, [[id, [field, value, ...]], ...]]. */
function parseReadReply(reply: unknown, docId: string) {
  if (!Array.isArray(reply) || reply.length < 3) throw corrupt(docId, 'read reply');
  const [snapshot, version, entries, trimmedTo]: unknown[] = reply;
  if (snapshot !== null && !Buffer.isBuffer(snapshot)) throw corrupt(docId, 'snapshot');
  if (version !== null && !Buffer.isBuffer(version)) throw corrupt(docId, 'snapshot version');
  if (!Array.isArray(entries)) throw corrupt(docId, 'log');
  const log = entries.map((entry: unknown): LogEntry => {
    if (!Array.isArray(entry) || !Buffer.isBuffer(entry[0]) || !Array.isArray(entry[1])) {
      throw corrupt(docId, 'log entry');
    }
    const id = entry[0].toString();
    const fields: unknown[] = entry[1];
    const at = fields.findIndex((f, i) => i % 2 === 0 && Buffer.isBuffer(f) && f.toString() === 'u');
    const u = at >= 0 ? fields[at + 1] : undefined;
    if (!Buffer.isBuffer(u)) throw corrupt(docId, `log entry ${id}`);
    return { id, update: toBytes(u) };
  });
  const trimmed = Buffer.isBuffer(trimmedTo) ? trimmedTo.toString() : '0-0';
  return { snapshot: snapshot ? toBytes(snapshot) : null, version: version?.toString() ?? '', log, trimmed };
}

/**
 * Document store over Redis: per document a STREAM of updates (`XADD`, field `u`) and a snapshot
 * string. Appends resolve once Redis acknowledged them; they are crash-proof only when the server
 * runs with `appendonly yes` and `appendfsync always` (with `everysec`, up to a second of confirmed
 * updates can be lost on a machine crash).
 */
export function createRedisDocStore(options: RedisDocStoreOptions): RedisDocStore {
  const policy = options.policy ?? { maxUpdates: 500, maxBytes: 1024 * 1024 };
  const keys = redisKeys(options.keyPrefix);
  // Replies as Buffers: updates are binary and must not go through UTF-8 decoding.
  const client = options.client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  // On a cluster, a command may only name keys of one slot: one document's keys share one, the
  // changed-documents set and other documents' keys do not.
  const cluster = isCluster(options.client);
  const merger = createUpdateMerger();
  let closed = false;

  const assertOpen = () => {
    if (closed) throw new Error('redis doc store is closed');
  };

  // Snapshot, version and stream are read in one script: read separately, a compaction in between
  // could trim entries that are not in the snapshot we already read. (Not MULTI: node-redis v5 decodes
  // EXEC replies as UTF-8 strings whatever the type mapping, which would corrupt binary updates.)
  const readDoc = async (docId: string) => {
    const reply = await client.eval(READ_SCRIPT, {
      keys: [
        keys.docSnapshot(docId),
        keys.docSnapshotVersion(docId),
        keys.docLog(docId),
        keys.docTrimmedTo(docId),
      ],
    });
    return parseReadReply(reply, docId);
  };

  /** One compaction attempt; false when another compactor won and we should look again. */
  const compactOnce = async (docId: string): Promise<boolean> => {
    const { snapshot, version, log } = await readDoc(docId);
    const last = log.at(-1);
    const bytes = log.reduce((sum, e) => sum + e.update.byteLength, 0);
    if (!last || (log.length < policy.maxUpdates && bytes < policy.maxBytes)) return true;
    const updates = log.map((e) => e.update);
    const merged = await merger.merge(snapshot ? [snapshot, ...updates] : updates);
    const done = await client.eval(COMPACT_SCRIPT, {
      keys: [
        keys.docSnapshot(docId),
        keys.docSnapshotVersion(docId),
        keys.docLog(docId),
        keys.docLogBytes(docId),
        keys.docTrimmedTo(docId),
        keys.docLogIds(docId),
      ],
      arguments: [version, toBuffer(merged), last.id, nextStreamId(last.id), String(bytes)],
    });
    return done === 1;
  };

  const waitReplicas = options.waitReplicas ?? 0;
  const waitTimeoutMs = options.waitTimeoutMs ?? 1_000;
  // WAIT counts the replicas that acknowledged every write this connection sent before it, so one
  // WAIT after our writes covers them (and whatever else the shared connection wrote meanwhile).
  const replicated = async (what: string) => {
    if (waitReplicas === 0) return;
    const acknowledged = await client.wait(waitReplicas, waitTimeoutMs);
    if (acknowledged < waitReplicas) {
      throw new Error(
        `redis doc store: ${what} reached ${acknowledged} of ${waitReplicas} replicas within ${waitTimeoutMs} ms`,
      );
    }
  };

  const compactions = createCompactionRunner(compactOnce, (err, docId) =>
    options.logger?.error({ err, docId }, 'redis doc store: compaction failed'),
  );

  return {
    async load(docId) {
      assertOpen();
      const { snapshot, log } = await readDoc(docId);
      const updates = log.map((e) => e.update);
      return snapshot ? [snapshot, ...updates] : updates;
    },
    async append(docId, updates) {
      assertOpen();
      if (updates.length === 0) return;
      // One script (APPEND_SCRIPT) for the updates. The changed mark (for automatic versions) is
      // outside it, as on a cluster it lives in another slot; sent first in the same round trip, a
      // failure of either fails the append, which is retried (the script stores no update twice; a
      // mark without an update costs one idle version check).
      const changed = client.zAdd(keys.docsChanged(), { score: Date.now(), value: docId });
      const [reply] = await Promise.all([
        appendScript(client, {
          keys: [keys.docLog(docId), keys.docLogBytes(docId), keys.docLogIds(docId)],
          arguments: updates.flatMap((u) => [updateId(u), toBuffer(u)]),
        }),
        changed,
      ]);
      const [length, totalBytes] = Array.isArray(reply) ? (reply as unknown[]) : [];
      if (typeof length !== 'number' || typeof totalBytes !== 'number') {
        throw new Error('redis doc store: unexpected reply to append');
      }
      await replicated('append');
      if (length >= policy.maxUpdates || totalBytes >= policy.maxBytes) {
        // Past twice the policy, appends that never pause no longer hold the compaction back.
        const urgent = length >= 2 * policy.maxUpdates || totalBytes >= 2 * policy.maxBytes;
        compactions.schedule(docId, urgent);
      }
    },
    async delete(docId) {
      assertOpen();
      await client.del(docKeys(keys, docId));
      await client.zRem(keys.docsChanged(), docId);
    },
    async saveVersion(docId, meta, state) {
      assertOpen();
      await client.hSet(keys.docVersionStates(docId), meta.id, toBuffer(state));
      await client.hSet(keys.docVersions(docId), meta.id, JSON.stringify(meta));
      await replicated('version');
    },
    async listVersions(docId) {
      assertOpen();
      const all = await client.hVals(keys.docVersions(docId));
      return all
        .map((raw) => VersionMetaSchema.parse(JSON.parse(raw.toString())))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async loadVersion(docId, versionId) {
      assertOpen();
      const state = await client.hGet(keys.docVersionStates(docId), versionId);
      return Buffer.isBuffer(state) ? toBytes(state) : null;
    },
    async setVersionApproval(docId, versionId, approval) {
      assertOpen();
      return setRedisApproval(client, keys.docVersions(docId), versionId, approval);
    },
    async takeIdleChanged(before) {
      assertOpen();
      const due = await client.zRangeByScore(keys.docsChanged(), '-inf', `(${before}`);
      const taken: string[] = [];
      // ZREM answers 1 to one caller only: each idle document is versioned by one node.
      for (const member of due) {
        const docId = member.toString();
        if ((await client.zRem(keys.docsChanged(), docId)) === 1) taken.push(docId);
      }
      return taken;
    },
    async ping() {
      await client.ping();
    },
    async close() {
      closed = true;
      await compactions.close();
      await merger.close();
    },
    async loadWithPosition(docId) {
      assertOpen();
      const { snapshot, log, trimmed } = await readDoc(docId);
      const updates = log.map((e) => e.update);
      const last = log.at(-1)?.id ?? trimmed;
      return { updates: snapshot ? [snapshot, ...updates] : updates, position: maxStreamId(last, trimmed) };
    },
    async trimmedTo(docId) {
      assertOpen();
      const value = await client.get(keys.docTrimmedTo(docId));
      return value ? value.toString() : '0-0';
    },
    async readLogAfter(docId, afterId) {
      assertOpen();
      const reply = await readAfterScript(client, {
        keys: [keys.docLog(docId), keys.docTrimmedTo(docId)],
        arguments: [afterId],
      });
      if (!Array.isArray(reply) || reply.length !== 2) throw corrupt(docId, 'read-after reply');
      const [trimmedTo, entries] = reply as unknown[];
      const trimmed = Buffer.isBuffer(trimmedTo) ? trimmedTo.toString() : '0-0';
      if (compareStreamIds(trimmed, afterId) > 0) return { entries: [], gap: true };
      return { entries: parseReadReply([null, null, entries], docId).log, gap: false };
    },
    async streamPosition(docId) {
      assertOpen();
      const reply = await client.eval(POSITION_SCRIPT, {
        keys: [keys.docLog(docId), keys.docTrimmedTo(docId)],
      });
      if (!Array.isArray(reply) || reply.length !== 2) throw corrupt(docId, 'position reply');
      const [last, trimmed] = (reply as unknown[]).map((id) => (Buffer.isBuffer(id) ? id.toString() : '0-0'));
      return maxStreamId(last ?? '0-0', trimmed ?? '0-0');
    },
    async trimmedToMany(docIds) {
      assertOpen();
      if (docIds.length === 0) return [];
      const markKeys = docIds.map((docId) => keys.docTrimmedTo(docId));
      // One MGET where one node holds every key; on a cluster one GET each (pipelined per node).
      const values = cluster
        ? await Promise.all(markKeys.map((key) => client.get(key)))
        : await client.mGet(markKeys);
      return values.map((value) => (value ? value.toString() : '0-0'));
    },
    async readLogSince(docId, afterId) {
      assertOpen();
      const start = afterId === '-' ? '-' : `(${afterId}`;
      const entries = await client.xRange(keys.docLog(docId), start, '+');
      return entries.map((e) => ({ id: e.id.toString(), update: entryUpdate(e.message, e.id.toString()) }));
    },
  };
}
