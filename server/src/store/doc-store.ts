import type { Approval, VersionMeta } from '@mentoring/shared/schema/version';

export type { Approval, VersionMeta };

/**
 * Where documents live. Every adapter (the embedded SQLite store, RedisDocStore) passes the same
 * contract suite (`doc-store-contract.ts`).
 *
 * A document is stored as Yjs updates: a compacted snapshot plus an append-only log. Compaction is the
 * adapter's business (after N updates or M bytes) and must be safe when two processes compact the
 * same document at once.
 */
export interface DocStore {
  /**
   * Everything stored for a document, in order (the snapshot first, if any, then the log). An empty
   * array for a document never written. Rejects when the store cannot be read: the caller must then
   * never write over the document.
   */
  load(docId: string): Promise<Uint8Array[]>;
  /**
   * Appends updates durably: resolves only once they would survive a crash of this process and of
   * the machine (fsync, or Redis AOF with appendfsync always). Concurrent calls are grouped into one
   * sync where the adapter can (group commit). Rejects when the store is unavailable; nothing of a
   * rejected call may be half-visible to `load` in a way that loses other updates.
   */
  append(docId: string, updates: Uint8Array[], options?: AppendOptions): Promise<void>;
  /** Keeps a named version of a document: its full encoded state at that moment. */
  saveVersion(docId: string, meta: VersionMeta, state: Uint8Array): Promise<void>;
  /** The document's versions, oldest first. */
  listVersions(docId: string): Promise<VersionMeta[]>;
  /** A version's encoded state, or null when there is no such version. */
  loadVersion(docId: string, versionId: string): Promise<Uint8Array | null>;
  /**
   * Records (null: withdraws) the formal approval of a version in its metadata, atomically; resolves
   * to the metadata as now stored, or null when there is no such version.
   */
  setVersionApproval(
    docId: string,
    versionId: string,
    approval: Approval | null,
  ): Promise<VersionMeta | null>;
  /**
   * Documents changed (appended to) before `before` (epoch ms) and not versioned since; each is
   * handed out once per idle period, to one caller only (safe when several nodes ask).
   */
  takeIdleChanged(before: number): Promise<string[]>;
  /** Removes every trace of a document (GDPR erasure), its versions included. */
  delete(docId: string): Promise<void>;
  /** Resolves when the store is reachable; used by `/readyz`. */
  ping(): Promise<void>;
  /** Finishes pending writes and releases files and connections. */
  close(): Promise<void>;
}

/** How a caller hands updates to {@link DocStore.append}. */
export interface AppendOptions {
  /**
   * The caller will never read `updates` again, so a store on another thread may take their memory
   * (transfer) instead of copying it: an imported board of several MB, copied on the main thread,
   * stalls it. The updates may be empty on the caller's side once `append` was called.
   */
  readonly handOver?: boolean;
}

/**
 * When an adapter compacts a document's log into its snapshot: once the log is over the policy and
 * its appends pause (compaction-runner.ts), or at once at twice the policy.
 */
export interface CompactionPolicy {
  /** Compact once the log holds this many updates. */
  maxUpdates: number;
  /** ...or this many bytes. */
  maxBytes: number;
}
