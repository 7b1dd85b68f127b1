import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import * as Y from 'yjs';
import { FORMAT_CHAIN, type FormatChain } from '../format/chain.js';
import { docUpgrade } from '../format/doc-format.js';
import { FormatTooNewError } from '../format/version.js';
import type { Logger } from '../log.js';
import type { DocStore } from '../store/doc-store.js';
import type { Connection } from './connection.js';
import {
  decodeClientMessage,
  encodeSyncStep2Update,
  encodeSyncUpdate,
  isEmptyStateVector,
} from './protocol.js';
import { RELAYED } from './room-awareness.js';
import type { CrossNodeLink } from './room-relay.js';

export interface RoomLoaderDeps<C extends Connection<object>> {
  docId: string;
  doc: Y.Doc;
  store: Pick<DocStore, 'load' | 'append'>;
  /** The data format chain (tests pass their own); the server's by default. */
  formatChain?: FormatChain;
  log: Logger;
  link: CrossNodeLink;
  /** The room's connections (those that joined while it loads included). */
  connections(): Iterable<C>;
}

/** What a finished load tells the room. */
export interface Loaded<C> {
  /** Bytes of the stored updates that applied. */
  storedBytes: number;
  /** Connections that were sent the stored bytes as they are (see {@link RoomLoader.load}). */
  sentStored: C[];
  /** How many stored updates did not apply. */
  skipped: number;
}

/**
 * Loading a room: joins the relay first, then reads the store, so nothing stored by another node
 * meanwhile is missed; holds the messages of connections that arrive meanwhile (no sync step is
 * answered from a document that is not loaded), and remembers which connections were sent the stored
 * state before their step 1 came.
 */
export class RoomLoader<C extends Connection<object>> {
  /** Messages received while the room loads, per connection, in order. */
  private readonly waiting = new Map<C, Uint8Array[]>();
  /** Connections sent the stored state at load before their step 1 came; what the load held. */
  private readonly pushed = new Set<C>();
  private loadedVector: Uint8Array | null = null;

  constructor(private readonly deps: RoomLoaderDeps<C>) {}

  /** Holds a message of `conn` until the load is done. */
  hold(conn: C, data: Uint8Array): void {
    const queue = this.waiting.get(conn);
    if (queue) queue.push(data);
    else this.waiting.set(conn, [data]);
  }

  /** The messages `conn` sent while loading, in order (each given once). */
  takeWaiting(conn: C): Uint8Array[] {
    const queue = this.waiting.get(conn) ?? [];
    this.waiting.delete(conn);
    return queue;
  }

  forget(conn: C): void {
    this.waiting.delete(conn);
    this.pushed.delete(conn);
  }

  clear(): void {
    this.waiting.clear();
    this.pushed.clear();
  }

  /**
   * For a connection's first step 1: the state vector of what it was sent at load (so only what came
   * since is due), or null when it was not sent the stored state.
   */
  takePushedVector(conn: C): Uint8Array | null {
    const loadedVector = this.pushed.delete(conn) ? this.loadedVector : null;
    if (this.pushed.size === 0) this.loadedVector = null;
    return loadedVector;
  }

  /**
   * Loads the document into `doc`, then calls `onLoaded` in the same synchronous run as the apply:
   * nothing (no relayed update, no client message) can come between the stored state and the room
   * being ready. Rejects when the store could not be read (`onLoaded` is then never called).
   */
  async load(onLoaded: (loaded: Loaded<C>) => void): Promise<void> {
    const { doc, docId, link, log } = this.deps;
    // Join the relay first and hold what it delivers until the stored state is in: no gap between
    // what the load read and what the relay reads.
    await link.join();
    const updates = await this.deps.store.load(docId);
    const loaded = [...updates, ...link.takeEarly()];
    // Everything from here to `onLoaded` runs in one go: nothing can change the stored state meanwhile.
    const sentStored = this.sendStoredState(loaded);
    let skipped = 0;
    let storedBytes = 0;
    doc.transact(() => {
      for (const update of loaded) {
        try {
          Y.applyUpdate(doc, update, RELAYED);
          storedBytes += update.length;
        } catch (error) {
          // One corrupt stored update must not make the whole document unreadable.
          skipped += 1;
          log.error({ docId, err: error }, 'skipped a stored update that does not apply');
        }
      }
    }, RELAYED);
    if (this.pushed.size > 0) this.loadedVector = Y.encodeStateVector(doc);
    await this.upgradeFormat();
    onLoaded({ storedBytes, sentStored, skipped });
  }

  /**
   * Brings the loaded document to the current data format (see format/doc-format.ts). A newer one
   * closes every connection with `formatTooNew` and rejects the load: the room never opens, so
   * nothing is written over it. An older one is migrated by an update stored before it is applied
   * (durable before anyone sees it); relayed updates that come meanwhile apply as usual, and client
   * messages wait for the load. A current one (every document today) costs one map lookup.
   */
  private async upgradeFormat(): Promise<void> {
    const { doc, docId, store } = this.deps;
    let upgrade: Uint8Array | null;
    try {
      upgrade = docUpgrade(doc, docId, this.deps.formatChain ?? FORMAT_CHAIN);
    } catch (error) {
      if (error instanceof FormatTooNewError) {
        for (const conn of this.deps.connections()) conn.close(CloseCode.formatTooNew);
      }
      throw error;
    }
    if (!upgrade) return;
    await store.append(docId, [upgrade]);
    Y.applyUpdate(doc, upgrade, RELAYED);
    this.deps.log.info({ docId }, 'document migrated to the current data format');
  }

  /**
   * Sends the stored bytes as they are to the clients waiting for this load, before the (slower)
   * apply: a client is synced without waiting for the server to build its doc (as y-redis does).
   * Skipped for a client whose step 1 shows it holds some of the document already. Every stored
   * update was parsed before it was stored. Returns the connections sent to.
   */
  private sendStoredState(loaded: Uint8Array[]): C[] {
    const last = loaded.at(-1);
    if (!last) return [];
    const sent: C[] = [];
    for (const conn of this.deps.connections()) {
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
}

function isFreshStepOne(data: Uint8Array): boolean {
  try {
    const message = decodeClientMessage(data);
    return message.kind === 'sync-step1' && isEmptyStateVector(message.stateVector);
  } catch {
    return false; // answered (and rejected) by the normal path once loaded
  }
}
