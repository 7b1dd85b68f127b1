import { isBoardLocked, SESSION_ROOTS } from '@mentoring/shared/doc/session';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addedStructs, exceedsDocCost } from '../limits/doc-cost.js';
import type { DocStore } from '../store/doc-store.js';
import { AwarenessBatcher } from './awareness-batcher.js';
import { Connection } from './connection.js';
import { touchesProtectedRoots } from './protected-roots.js';
import {
  awarenessClientIds,
  type ClientMessage,
  type DecodedUpdate,
  decodeClientMessage,
  encodeAwareness,
  encodeRefused,
  encodeSaved,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeSyncUpdate,
  isEmptyStateVector,
  isEmptyUpdate,
  ProtocolError,
} from './protocol.js';
import type { Logger, RelaySubscription, RoomRelay, SyncLimits } from './types.js';

interface Pending {
  update: Uint8Array;
  from: Connection | null;
  /** Connections up to this id were sent the update at once, before it was stored. */
  relayedUpTo?: number;
  /** Structs it may add (limits/doc-cost.ts), counted until it is applied. */
  cost?: number;
  /** For server-made changes: told once the update is stored and applied. */
  done?: (error?: Error) => void;
}

const PROTECTED_ROOTS: ReadonlySet<string> = new Set(SESSION_ROOTS);

/** Origin of updates that other nodes stored, so they are broadcast but never stored again. */
const RELAYED = Symbol('relayed');
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;
/** How long the encoded full state is kept for the next fresh client (when nothing changed). */
const FULL_STATE_KEEP_MS = 10_000;

export interface RoomDeps {
  store: DocStore;
  log: Logger;
  limits: SyncLimits;
  relay?: RoomRelay;
}

/**
 * One document in memory and the clients on it.
 *
 * Durability rule: an update from a client is stored before it enters the room's Y.Doc, so the doc
 * only ever holds durable state; sync answers and confirmations come from the doc. The other clients
 * on this node get a client's update at once (after the same checks), not after the disk: an edit they
 * hold is never lost, since they send it back on their next sync. While the store fails, updates
 * wait in `pending` (in memory) and are retried; nothing is confirmed.
 */
export class Room {
  readonly doc = new Y.Doc();
  /** Client id of changes this node's server makes to the document (see Rooms.change). */
  readonly serverClientId = Math.floor(Math.random() * 0x7fffffff);
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  state: 'loading' | 'ready' | 'failed' = 'loading';
  /** False while the last write to the store failed. */
  writable = true;
  private readonly ready: Promise<void>;
  private pending: Pending[] = [];
  private writing: Promise<void> | null = null;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | null = null;
  private storedBytes = 0;
  /** Structs that accepted, not yet applied updates may add (see limits/doc-cost.ts). */
  private unappliedCost = 0;
  private relay: RelaySubscription | null = null;
  private readonly batcher: AwarenessBatcher;
  /** Messages received while the room loads, per connection, in order. */
  private readonly waiting = new Map<Connection, Uint8Array[]>();
  /** Connections sent the stored state at load before their step 1 came; what the load held. */
  private readonly pushed = new Set<Connection>();
  private loadedVector: Uint8Array | null = null;
  /** The sync step 2 for a client holding nothing yet, kept while the document does not change. */
  private fullState: Uint8Array | null = null;
  private fullStateTimer: NodeJS.Timeout | null = null;
  /** While a client's stored updates are applied: the connections that already have them. */
  private applyingRelayedUpTo = 0;

  constructor(
    readonly docId: string,
    private readonly deps: RoomDeps,
  ) {
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.batcher = new AwarenessBatcher(this.awareness, (update, local) => {
      const message = encodeAwareness(update);
      for (const conn of this.connections) conn.send(message);
      if (local) this.relay?.publishAwareness(update);
    });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      this.forgetFullState();
      // While loading, waiting clients get the document once, in their sync step 2, not twice.
      if (this.state !== 'ready') return;
      // A client's update went to the connections of the time when it arrived (see relayAtOnce).
      const after = origin instanceof Connection ? this.applyingRelayedUpTo : 0;
      const message = encodeSyncUpdate(update);
      for (const conn of this.connections) if (conn !== origin && conn.id > after) conn.send(message);
    });
    this.ready = this.load();
  }

  /** Resolves once loaded; rejects when the store could not be read. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private async load(): Promise<void> {
    // Join the relay first and hold what it delivers until the stored state is in: no gap between
    // what the load read and what the relay reads.
    const early: Uint8Array[] = [];
    if (this.deps.relay) {
      this.relay = await this.deps.relay.join(this.docId, {
        onUpdates: (relayed) =>
          this.state === 'ready' ? this.applyRelayed(relayed) : early.push(...relayed),
        onAwareness: (update) => this.applyAwareness(update, RELAYED),
        onAwarenessGone: (ids) => awarenessProtocol.removeAwarenessStates(this.awareness, ids, RELAYED),
        localAwareness: () => this.localAwareness(),
      });
    }
    const updates = await this.deps.store.load(this.docId);
    const loaded = [...updates, ...early];
    // Everything from here to `ready` runs in one go: nothing can change the stored state meanwhile.
    const sentStored = this.sendStoredState(loaded);
    let skipped = 0;
    this.doc.transact(() => {
      for (const update of loaded) {
        try {
          Y.applyUpdate(this.doc, update, RELAYED);
          this.storedBytes += update.length;
        } catch (error) {
          // One corrupt stored update must not make the whole document unreadable.
          skipped += 1;
          this.deps.log.error(
            { docId: this.docId, err: error },
            'skipped a stored update that does not apply',
          );
        }
      }
    }, RELAYED);
    this.state = 'ready';
    if (this.pushed.size > 0) this.loadedVector = Y.encodeStateVector(this.doc);
    // Those clients got the bytes that did not apply: reconnecting syncs them from the doc.
    if (skipped > 0) for (const conn of sentStored) conn.close(CloseCode.internal);
    for (const conn of this.connections) {
      this.greet(conn);
      for (const data of this.waiting.get(conn) ?? []) this.handle(conn, data);
    }
    this.waiting.clear();
  }

  /**
   * Sends the stored bytes as they are to the clients waiting for this load, before the (slower)
   * apply: a client is synced without waiting for the server to build its doc (as y-redis does).
   * Skipped for a client whose step 1 shows it holds some of the document already. Every stored
   * update was parsed before it was stored. Returns the connections sent to.
   */
  private sendStoredState(loaded: Uint8Array[]): Connection[] {
    const last = loaded.at(-1);
    if (!last) return [];
    const sent: Connection[] = [];
    for (const conn of this.connections) {
      const queue = this.waiting.get(conn);
      if (conn.closed || (queue?.[0] && !isFreshStepOne(queue[0]))) continue;
      if (queue?.[0]) queue.shift();
      else this.pushed.add(conn); // its step 1 is still on the way
      // Earlier updates first, as plain updates, so `synced` comes with the last one.
      for (const update of loaded.slice(0, -1)) conn.send(encodeSyncUpdate(update));
      conn.send(encodeSyncStep2Update(last));
      sent.push(conn);
    }
    return sent;
  }

  private localAwareness(): Uint8Array | null {
    const ids = [...this.connections].flatMap((conn) => [...conn.awarenessIds]);
    const present = ids.filter((id) => this.awareness.getStates().has(id));
    return present.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, present) : null;
  }

  /** Marks the room failed: its connections are closed and it is never written. */
  fail(): void {
    this.state = 'failed';
    this.waiting.clear();
    this.pushed.clear();
    for (const conn of this.connections) conn.close(CloseCode.storeUnavailable);
    this.connections.clear();
  }

  /** Greets a connection once the room is ready: the server's step 1 and current awareness. */
  greet(conn: Connection): void {
    conn.send(encodeSyncStep1(this.doc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) {
      conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
    }
  }

  /** Takes one raw message of a connection; held until the room is loaded. */
  receive(conn: Connection, data: Uint8Array): void {
    if (conn.closed || this.state === 'failed') return;
    if (!conn.takeToken()) {
      this.reject(conn, CloseCode.rateLimited, 'message rate over the limit');
      return;
    }
    if (this.state === 'ready') {
      this.handle(conn, data);
      return;
    }
    // No sync step is answered from a document that is not loaded yet.
    const queue = this.waiting.get(conn);
    if (queue) queue.push(data);
    else this.waiting.set(conn, [data]);
  }

  private handle(conn: Connection, data: Uint8Array): void {
    if (conn.closed) return;
    let message: ClientMessage;
    try {
      message = decodeClientMessage(data);
    } catch (error) {
      if (!(error instanceof ProtocolError)) throw error;
      this.reject(conn, CloseCode.badMessage, error.message);
      return;
    }
    switch (message.kind) {
      case 'sync-step1':
        conn.send(this.syncStep2(conn, message.stateVector));
        return;
      case 'sync-step2':
      case 'sync-update':
        this.receiveUpdate(
          conn,
          message.update,
          message.decoded,
          message.kind === 'sync-update' ? data : null,
        );
        return;
      case 'awareness':
        this.applyAwareness(message.update, conn);
        return;
      case 'query-awareness':
        this.greetAwareness(conn);
        return;
    }
  }

  /** Encoding a big document's full state is the costly part of a join: reused across a join burst. */
  private syncStep2(conn: Connection, stateVector: Uint8Array): Uint8Array {
    const loadedVector = this.pushed.delete(conn) ? this.loadedVector : null;
    if (this.pushed.size === 0) this.loadedVector = null;
    // It was sent the stored state before it asked: only what came since.
    if (loadedVector && isEmptyStateVector(stateVector)) return encodeSyncStep2(this.doc, loadedVector);
    if (!isEmptyStateVector(stateVector)) return encodeSyncStep2(this.doc, stateVector);
    if (!this.fullState) {
      this.fullState = encodeSyncStep2(this.doc, stateVector);
      this.fullStateTimer = setTimeout(() => this.forgetFullState(), FULL_STATE_KEEP_MS);
      this.fullStateTimer.unref();
    }
    return this.fullState;
  }

  private forgetFullState(): void {
    this.fullState = null;
    if (this.fullStateTimer) clearTimeout(this.fullStateTimer);
    this.fullStateTimer = null;
  }

  private greetAwareness(conn: Connection): void {
    const clients = [...this.awareness.getStates().keys()];
    conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
  }

  private receiveUpdate(
    conn: Connection,
    update: Uint8Array,
    decoded: DecodedUpdate,
    /** The received message, when it can be forwarded as it is. */
    message: Uint8Array | null,
  ): void {
    conn.received += 1;
    if (isEmptyUpdate(update)) {
      this.pending.push({ update, from: conn });
      this.pump();
      return;
    }
    const refusal = conn.options.readOnly()
      ? 'read-only'
      : isBoardLocked(this.doc) && !conn.options.bypassLock
        ? 'locked'
        : touchesProtectedRoots(this.doc, decoded, PROTECTED_ROOTS)
          ? 'server-owned'
          : null;
    if (refusal) {
      // Dropped, never stored; the client is told so that it can show it and stop editing.
      this.deps.log.info({ docId: this.docId, who: conn.options.label, refusal }, 'refused an edit');
      if (conn.options.confirm) conn.send(encodeRefused(refusal));
      conn.received -= 1;
      return;
    }
    const cost = addedStructs(decoded);
    if (exceedsDocCost(this.doc, this.unappliedCost + cost, this.deps.limits.maxDocCost)) {
      this.reject(conn, CloseCode.updateTooCostly, 'document over MAX_DOC_COST');
      return;
    }
    if (this.storedBytes + update.length > this.deps.limits.maxDocBytes) {
      this.reject(conn, CloseCode.documentTooLarge, 'document over MAX_DOC_BYTES');
      return;
    }
    this.storedBytes += update.length;
    this.unappliedCost += cost;
    const relayedUpTo = this.relayAtOnce(conn, message ?? encodeSyncUpdate(update));
    this.pending.push({ update, from: conn, relayedUpTo, cost });
    this.pump();
  }

  /**
   * Sends a client's checked update to the room's other clients without waiting for the store, so
   * that delivery never waits for a disk or for Redis. Returns the newest connection id sent to;
   * connections that join later get it when it is applied.
   */
  private relayAtOnce(from: Connection, message: Uint8Array): number {
    for (const conn of this.connections) if (conn !== from) conn.send(message);
    return Connection.newestId();
  }

  /**
   * Stores and applies an update made by the server itself (a vote, a lock), through the same
   * queue as clients' updates. Resolves once stored and applied.
   */
  submit(update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ update, from: null, done: (error) => (error ? reject(error) : resolve()) });
      this.pump();
    });
  }

  private applyAwareness(update: Uint8Array, origin: Connection | typeof RELAYED): void {
    if (origin !== RELAYED) this.trackAwarenessIds(origin, update);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, origin);
  }

  private trackAwarenessIds(conn: Connection, update: Uint8Array): void {
    for (const id of awarenessClientIds(update)) conn.awarenessIds.add(id);
  }

  private applyRelayed(updates: Uint8Array[]): void {
    // One transaction: a batch from the relay goes out to clients as one message.
    this.doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(this.doc, update, RELAYED);
        } catch (error) {
          this.deps.log.error({ docId: this.docId, err: error }, 'a relayed update did not apply');
        }
      }
    }, RELAYED);
  }

  /** Writes pending updates in one batch (one store append), then applies, broadcasts, confirms. */
  private pump(): void {
    if (this.writing || this.retryTimer || this.state !== 'ready' || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const toStore = batch.filter((entry) => !isEmptyUpdate(entry.update)).map((entry) => entry.update);
    this.writing = (
      toStore.length > 0 ? this.deps.store.append(this.docId, toStore) : Promise.resolve()
    ).then(
      () => this.afterStored(batch, toStore),
      (error: unknown) => this.afterFailed(batch, error),
    );
  }

  private afterStored(batch: Pending[], stored: Uint8Array[]): void {
    this.writing = null;
    if (!this.writable) this.deps.log.info({ docId: this.docId }, 'store writable again');
    this.writable = true;
    this.retryMs = RETRY_MIN_MS;
    const touched = new Set<Connection>();
    for (const entry of batch) {
      if (!entry.from) continue;
      entry.from.stored += 1;
      touched.add(entry.from);
    }
    this.applyStored(batch);
    for (const entry of batch) entry.done?.();
    if (stored.length > 0) this.relay?.published(stored);
    const stateVector = touched.size > 0 ? Y.encodeStateVector(this.doc) : null;
    for (const conn of touched) {
      if (conn.options.confirm && stateVector) conn.send(encodeSaved(conn.stored, stateVector));
    }
    this.pump();
  }

  /**
   * Applies a stored batch, one transaction per run of updates from the same origin: a burst from
   * one client costs one transaction and goes out to the others as one message, not one per edit.
   */
  private applyStored(batch: Pending[]): void {
    let start = 0;
    while (start < batch.length) {
      const origin = batch[start]!.from;
      let end = start;
      while (end < batch.length && batch[end]!.from === origin) end += 1;
      const run = batch.slice(start, end);
      // Empty updates (a client's answer with nothing new) were not relayed and change nothing.
      this.applyingRelayedUpTo = Math.min(...run.flatMap((entry) => entry.relayedUpTo ?? []));
      this.doc.transact(() => {
        for (const entry of run) {
          if (isEmptyUpdate(entry.update)) continue;
          try {
            Y.applyUpdate(this.doc, entry.update, origin);
          } catch (error) {
            this.deps.log.error({ docId: this.docId, err: error }, 'a stored update did not apply');
          }
        }
      }, origin);
      this.applyingRelayedUpTo = 0;
      start = end;
    }
    for (const entry of batch) this.unappliedCost -= entry.cost ?? 0;
  }

  private afterFailed(batch: Pending[], error: unknown): void {
    this.writing = null;
    // Keep the batch ahead of anything that arrived meanwhile, so order is preserved.
    this.pending = batch.concat(this.pending);
    if (this.writable) this.deps.log.error({ docId: this.docId, err: error }, 'store write failed; retrying');
    this.writable = false;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, this.retryMs);
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }

  /** Removes a connection and the awareness states it controlled. */
  leave(conn: Connection): void {
    this.waiting.delete(conn);
    this.pushed.delete(conn);
    if (!this.connections.delete(conn)) return;
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
  }

  /** True when nothing is waiting to be stored. */
  get idle(): boolean {
    return this.pending.length === 0 && this.writing === null && this.retryTimer === null;
  }

  /** Resolves once everything pending is stored, or after `timeoutMs`. */
  async flush(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.idle && Date.now() < deadline) {
      await (this.writing ?? new Promise((resolve) => setTimeout(resolve, 20)));
    }
    return this.idle;
  }

  async destroy(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.forgetFullState();
    this.batcher.destroy();
    await this.relay?.leave();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private reject(conn: Connection, entry: { code: number; reason: string }, detail: string): void {
    this.deps.log.warn(
      { docId: this.docId, connection: conn.id, who: conn.options.label, code: entry.code },
      `closing connection: ${detail}`,
    );
    conn.close(entry);
  }
}

function isFreshStepOne(data: Uint8Array): boolean {
  try {
    const message = decodeClientMessage(data);
    return message.kind === 'sync-step1' && isEmptyStateVector(message.stateVector);
  } catch {
    return false; // answered (and rejected) by the normal path once loaded
  }
}
