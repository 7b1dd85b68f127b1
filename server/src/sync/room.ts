import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { encodeRefused, encodeSaved } from '@mentoring/shared/protocol/confirmations';
import * as Y from 'yjs';
import { UnappliedCost } from '../limits/doc-cost.js';
import type { Logger } from '../log.js';
import type { DocStore } from '../store/doc-store.js';
import { applyInRuns } from './apply-runs.js';
import type { Connection } from './connection.js';
import { firstRefusal, type RoomHooks } from './hooks.js';
import {
  type ClientMessage,
  type DecodedUpdate,
  decodeClientMessage,
  encodeSyncStep1,
  encodeSyncUpdate,
  isEmptyUpdate,
  ProtocolError,
} from './protocol.js';
import { RoomAwareness } from './room-awareness.js';
import { type Loaded, RoomLoader } from './room-loader.js';
import { CrossNodeLink, LocalDelivery } from './room-relay.js';
import { SyncAnswers } from './sync-answers.js';
import type { AnyPeer, RoomRelay, SyncLimits } from './types.js';
import { WriteQueue } from './write-queue.js';

/** A room's Y.Doc. Its guid is never sent to clients (nor used: rooms have no subdocuments). */
export function newRoomDoc(docId: string): Y.Doc {
  return new Y.Doc({ guid: docId });
}

interface Pending<Peer extends object> {
  update: Uint8Array;
  from: Connection<Peer> | null;
  /** Connections up to this id were sent the update at once, before it was stored. */
  relayedUpTo?: number;
  cost?: number; // structs it may add, counted until it is applied (limits/doc-cost.ts)
  /** For server-made changes: told once the update is stored and applied. */
  done?: (error?: Error) => void;
}

export interface RoomDeps<Peer extends object = AnyPeer> {
  store: DocStore;
  log: Logger;
  limits: SyncLimits;
  relay?: RoomRelay;
  /** The app's edit rules (see hooks.ts). */
  hooks?: RoomHooks<Peer>;
  /** The id of the newest connection the registry handed out so far (ids only grow). */
  newestConnectionId(): number;
}

/**
 * One document in memory and the clients on it: dispatches their messages to loading (room-loader),
 * storing (write-queue), delivery to other nodes (room-relay) and cursors (room-awareness).
 *
 * Durability rule: an update is stored before it enters the Y.Doc, so the doc (and every sync answer
 * and confirmation made from it) only holds durable state. Other clients on this node get it at once,
 * after the edit hooks: an edit they hold is never lost, as they send it back on their next sync.
 * While the store fails, updates wait in memory and are retried; nothing is confirmed.
 */
export class Room<Peer extends object = AnyPeer> {
  readonly doc: Y.Doc;
  /** Client id of changes this node's server makes to the document (see Rooms.change). */
  readonly serverClientId = Math.floor(Math.random() * 0x7fffffff);
  readonly connections = new Set<Connection<Peer>>();
  state: 'loading' | 'ready' | 'failed' = 'loading';
  private readonly ready: Promise<void>;
  private readonly presence: RoomAwareness;
  private readonly link: CrossNodeLink;
  private readonly loader: RoomLoader<Connection<Peer>>;
  private readonly queue: WriteQueue<Pending<Peer>>;
  private readonly answers: SyncAnswers;
  private storedBytes = 0;
  private readonly delivery: LocalDelivery;
  private readonly cost: UnappliedCost;

  constructor(
    readonly docId: string,
    private readonly deps: RoomDeps<Peer>,
  ) {
    // The document id as guid: Yjs otherwise makes a random uuid from 32 separate crypto calls,
    // about 0.8 ms of CPU per room opened (a third of a second for every 400 rooms).
    this.doc = newRoomDoc(docId);
    const connections = () => this.connections;
    const base = { docId, doc: this.doc, log: deps.log };
    const publish = (update: Uint8Array) => this.link.publishAwareness(update);
    this.presence = new RoomAwareness(this.doc, { connections, publish });
    this.link = new CrossNodeLink({ ...base, awareness: this.presence, relay: deps.relay });
    this.loader = new RoomLoader({ ...base, store: deps.store, link: this.link, connections });
    this.queue = new WriteQueue({
      docId,
      store: deps.store,
      log: deps.log,
      canWrite: () => this.state === 'ready',
      onStored: (batch, stored) => this.afterStored(batch, stored),
    });
    this.answers = new SyncAnswers(this.doc);
    this.cost = new UnappliedCost(deps.limits.maxDocCost);
    this.doc.on('update', () => this.answers.forget());
    this.delivery = new LocalDelivery(this.doc, this.connections, () => this.state === 'ready');
    this.ready = this.loader.load((loaded) => this.onLoaded(loaded));
  }

  get awareness() {
    return this.presence.awareness;
  }

  /** False while the last write to the store failed. */
  get writable(): boolean {
    return this.queue.writable;
  }

  /** Resolves once loaded; rejects when the store could not be read. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  private onLoaded({ storedBytes, sentStored, skipped }: Loaded<Connection<Peer>>): void {
    this.storedBytes += storedBytes;
    this.state = 'ready';
    // Those clients got the bytes that did not apply: reconnecting syncs them from the doc.
    if (skipped > 0) for (const conn of sentStored) conn.close(CloseCode.internal);
    for (const conn of this.connections) {
      this.greet(conn);
      for (const data of this.loader.takeWaiting(conn)) this.handle(conn, data);
    }
  }

  /** Marks the room failed: its connections are closed and it is never written. */
  fail(): void {
    this.state = 'failed';
    this.loader.clear();
    for (const conn of this.connections) conn.close(CloseCode.storeUnavailable);
    this.connections.clear();
  }

  /** Greets a connection once the room is ready: the server's step 1 and current awareness. */
  greet(conn: Connection<Peer>): void {
    conn.send(encodeSyncStep1(this.doc));
    this.presence.greet(conn);
  }

  /** Takes one raw message of a connection; held until the room is loaded. */
  receive(conn: Connection<Peer>, data: Uint8Array): void {
    if (conn.closed || this.state === 'failed') return;
    if (!conn.takeToken()) {
      this.reject(conn, CloseCode.rateLimited, 'message rate over the limit');
      return;
    }
    if (this.state === 'ready') this.handle(conn, data);
    // No sync step is answered from a document that is not loaded yet.
    else this.loader.hold(conn, data);
  }

  private handle(conn: Connection<Peer>, data: Uint8Array): void {
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
        conn.send(this.answers.step2(message.stateVector, this.loader.takePushedVector(conn)));
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
        this.presence.apply(message.update, conn);
        return;
      case 'query-awareness':
        this.presence.answerQuery(conn);
        return;
    }
  }

  private receiveUpdate(
    conn: Connection<Peer>,
    update: Uint8Array,
    decoded: DecodedUpdate,
    /** The received message, when it can be forwarded as it is. */
    message: Uint8Array | null,
  ): void {
    conn.received += 1;
    if (isEmptyUpdate(update)) {
      this.queue.push({ update, from: conn });
      return;
    }
    const edit = { docId: this.docId, doc: this.doc, update, decoded, peer: conn.options };
    const refusal = firstRefusal(this.deps.hooks ?? {}, edit);
    if (refusal !== null) {
      // Dropped, never stored; the client is told so that it can show it and stop editing.
      this.deps.log.info({ docId: this.docId, who: conn.options.label, refusal }, 'refused an edit');
      if (conn.options.confirm) conn.send(encodeRefused({ reason: refusal }));
      conn.received -= 1;
      return;
    }
    if (this.storedBytes + update.length > this.deps.limits.maxDocBytes) {
      this.reject(conn, CloseCode.documentTooLarge, 'document over MAX_DOC_BYTES');
      return;
    }
    const cost = this.cost.admit(this.doc, decoded);
    if (cost === null) {
      this.reject(conn, CloseCode.updateTooCostly, 'document over MAX_DOC_COST');
      return;
    }
    this.storedBytes += update.length;
    this.delivery.atOnce(conn, message ?? encodeSyncUpdate(update));
    // Connections that join later get it when it is applied.
    this.queue.push({ update, from: conn, relayedUpTo: this.deps.newestConnectionId(), cost });
  }

  /**
   * Stores and applies an update made by the server itself (a vote, a lock), through the same
   * queue as clients' updates. Resolves once stored and applied.
   */
  submit(update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ update, from: null, done: (error) => (error ? reject(error) : resolve()) });
    });
  }

  /** A batch is stored: apply it, tell the other nodes and confirm to its senders. */
  private afterStored(batch: Pending<Peer>[], stored: Uint8Array[]): void {
    const touched = new Set<Connection<Peer>>();
    const edited = new Set<Connection<Peer>>();
    for (const entry of batch) {
      if (!entry.from) continue;
      entry.from.stored += 1;
      touched.add(entry.from);
      if (!isEmptyUpdate(entry.update)) edited.add(entry.from);
    }
    this.applyStored(batch);
    const after = this.deps.hooks?.afterStored;
    if (after) for (const conn of edited) after({ docId: this.docId, peer: conn.options });
    for (const entry of batch) entry.done?.();
    if (stored.length > 0) this.link.published(stored);
    const stateVector = touched.size > 0 ? Y.encodeStateVector(this.doc) : null;
    for (const conn of touched) {
      if (conn.options.confirm && stateVector) conn.send(encodeSaved({ count: conn.stored, stateVector }));
    }
  }

  private applyStored(batch: Pending<Peer>[]): void {
    applyInRuns(this.doc, batch, this.delivery, (error) =>
      this.deps.log.error({ docId: this.docId, err: error }, 'a stored update did not apply'),
    );
    for (const entry of batch) this.cost.applied(entry.cost);
  }

  /** Removes a connection and the awareness states it controlled. */
  leave(conn: Connection<Peer>): void {
    this.loader.forget(conn);
    if (!this.connections.delete(conn)) return;
    this.presence.leave(conn);
  }

  /** True when nothing is waiting to be stored. */
  get idle(): boolean {
    return this.queue.idle;
  }

  /** Resolves once everything pending is stored, or after `timeoutMs`. */
  flush(timeoutMs: number): Promise<boolean> {
    return this.queue.flush(timeoutMs);
  }

  async destroy(): Promise<void> {
    this.queue.destroy();
    this.answers.forget();
    this.presence.stop();
    await this.link.leave();
    this.presence.destroy();
    this.doc.destroy();
  }

  private reject(conn: Connection<Peer>, entry: { code: number; reason: string }, detail: string): void {
    this.deps.log.warn(
      { docId: this.docId, connection: conn.id, who: conn.options.label, code: entry.code },
      `closing connection: ${detail}`,
    );
    conn.close(entry);
  }
}
