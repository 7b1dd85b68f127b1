import type { Logger } from '../log.js';
import type { DocStore } from '../store/doc-store.js';
import { isEmptyUpdate } from './protocol.js';

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/** One update waiting to be stored; `E` carries what the room needs once it is. */
export interface QueuedUpdate {
  update: Uint8Array;
}

export interface WriteQueueDeps<E extends QueuedUpdate> {
  docId: string;
  store: Pick<DocStore, 'append'>;
  log: Logger;
  /** False while the room may not write (still loading, or its load failed). */
  canWrite(): boolean;
  /**
   * A batch is durably stored (`stored`: its non-empty updates, in order). Called once per batch,
   * in order; the next batch is written only after this returns.
   */
  onStored(batch: E[], stored: Uint8Array[]): void;
}

/**
 * A room's retrying write queue: updates are appended to the store in batches (one append per batch,
 * in arrival order). While the store fails, the batch is kept in memory ahead of newer updates and
 * retried with exponential backoff; nothing of it is reported stored meanwhile.
 */
export class WriteQueue<E extends QueuedUpdate> {
  /** False while the last write to the store failed. */
  writable = true;
  private pending: E[] = [];
  private writing: Promise<void> | null = null;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: WriteQueueDeps<E>) {}

  /** Queues an update and writes at once if nothing is being written. */
  push(entry: E): void {
    this.pending.push(entry);
    this.pump();
  }

  /** Writes pending updates in one batch (one store append); see `onStored`. */
  pump(): void {
    if (this.writing || this.retryTimer || !this.deps.canWrite() || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const toStore = batch.filter((entry) => !isEmptyUpdate(entry.update)).map((entry) => entry.update);
    this.writing = (
      toStore.length > 0 ? this.deps.store.append(this.deps.docId, toStore) : Promise.resolve()
    ).then(
      () => this.afterStored(batch, toStore),
      (error: unknown) => this.afterFailed(batch, error),
    );
  }

  private afterStored(batch: E[], stored: Uint8Array[]): void {
    this.writing = null;
    if (!this.writable) this.deps.log.info({ docId: this.deps.docId }, 'store writable again');
    this.writable = true;
    this.retryMs = RETRY_MIN_MS;
    this.deps.onStored(batch, stored);
    this.pump();
  }

  private afterFailed(batch: E[], error: unknown): void {
    this.writing = null;
    // Keep the batch ahead of anything that arrived meanwhile, so order is preserved.
    this.pending = batch.concat(this.pending);
    if (this.writable) {
      this.deps.log.error({ docId: this.deps.docId, err: error }, 'store write failed; retrying');
    }
    this.writable = false;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, this.retryMs);
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }

  /** True when nothing is waiting to be stored. */
  get idle(): boolean {
    return this.pending.length === 0 && this.writing === null && this.retryTimer === null;
  }

  /** Resolves once everything pending is stored (true), or after `timeoutMs` (false). */
  async flush(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.idle && Date.now() < deadline) {
      await (this.writing ?? new Promise((resolve) => setTimeout(resolve, 20)));
    }
    return this.idle;
  }

  /** Stops retrying; what is pending stays unwritten. */
  destroy(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
