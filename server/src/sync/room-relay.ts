import * as Y from 'yjs';
import type { Logger } from '../log.js';
import { Connection } from './connection.js';
import { encodeSyncUpdate } from './protocol.js';
import { RELAYED, type RoomAwareness } from './room-awareness.js';
import type { RelaySubscription, RoomRelay } from './types.js';

/**
 * Delivery to the room's clients on this node. A client's checked update goes to the others at
 * once ({@link atOnce}), without waiting for the store, so that delivery never waits for a disk or
 * for Redis; when it is later applied, it goes only to connections that joined since. Every other
 * change of the doc (relayed from other nodes, made by the server) goes to every client but its
 * origin once applied.
 */
export class LocalDelivery {
  /** While a client's stored updates are applied: the connections that already have them. */
  private applyingSentUpTo = 0;

  constructor(
    doc: Y.Doc,
    private readonly connections: Iterable<Connection<object>>,
    /** False while loading: waiting clients get the document once, in their sync step 2. */
    isReady: () => boolean,
  ) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (!isReady()) return;
      const after = origin instanceof Connection ? this.applyingSentUpTo : 0;
      // A client's stored edit usually went to everyone at once: encode only for those who joined since.
      let message: Uint8Array | null = null;
      for (const conn of connections) {
        if (conn === origin || conn.id <= after) continue;
        message ??= encodeSyncUpdate(update);
        conn.send(message);
      }
    });
  }

  /** Sends `message` (the update of `from`) to every other connection now. */
  atOnce(from: Connection<object>, message: Uint8Array): void {
    for (const conn of this.connections) if (conn !== from) conn.send(message);
  }

  /** Runs `apply` for stored client updates that connections up to id `sentUpTo` already got. */
  applying(sentUpTo: number, apply: () => void): void {
    this.applyingSentUpTo = sentUpTo;
    try {
      apply();
    } finally {
      this.applyingSentUpTo = 0;
    }
  }
}

export interface CrossNodeDeps {
  docId: string;
  doc: Y.Doc;
  awareness: RoomAwareness;
  log: Logger;
  relay?: RoomRelay;
}

/**
 * A room's link to the other server nodes (see fanout/): what they stored comes in as updates to
 * apply (never to store again), what this node stored goes out. Joined before the room loads; what
 * arrives before the load is done is held and handed to the load (see {@link takeEarly}).
 */
export class CrossNodeLink {
  private subscription: RelaySubscription | null = null;
  /** Updates relayed while the room loads; null once the load took them. */
  private early: Uint8Array[] | null = [];

  constructor(private readonly deps: CrossNodeDeps) {}

  /** Joins the relay (when there is one). Call before reading the store: no gap between them. */
  async join(): Promise<void> {
    if (!this.deps.relay) return;
    const { awareness } = this.deps;
    this.subscription = await this.deps.relay.join(this.deps.docId, {
      onUpdates: (relayed) => (this.early ? this.early.push(...relayed) : this.apply(relayed)),
      onAwareness: (update) => awareness.apply(update, RELAYED),
      onAwarenessGone: (ids) => awareness.removeRelayed(ids),
      localAwareness: () => awareness.local(),
    });
  }

  /**
   * What was relayed while loading; from this call on, relayed updates are applied to the doc at
   * once. Call in the same synchronous run that applies the stored state.
   */
  takeEarly(): Uint8Array[] {
    const early = this.early ?? [];
    this.early = null;
    return early;
  }

  private apply(updates: Uint8Array[]): void {
    const { doc, docId, log } = this.deps;
    // One transaction: a batch from the relay goes out to clients as one message.
    doc.transact(() => {
      for (const update of updates) {
        try {
          Y.applyUpdate(doc, update, RELAYED);
        } catch (error) {
          log.error({ docId, err: error }, 'a relayed update did not apply');
        }
      }
    }, RELAYED);
  }

  /** Tells the other nodes that this node durably stored `updates`. */
  published(updates: Uint8Array[]): void {
    this.subscription?.published(updates);
  }

  /** Sends a batched awareness change of this node's clients to the other nodes. */
  publishAwareness(update: Uint8Array): void {
    this.subscription?.publishAwareness(update);
  }

  async leave(): Promise<void> {
    await this.subscription?.leave();
  }
}
