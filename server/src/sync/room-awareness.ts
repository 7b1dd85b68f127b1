import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { AwarenessBatcher } from './awareness-batcher.js';
import type { Connection } from './connection.js';
import { awarenessClientIds, encodeAwareness } from './protocol.js';

/** Origin of awareness and updates that came from other nodes (see room-relay.ts). */
export const RELAYED = Symbol('relayed');

export interface RoomAwarenessDeps {
  /** The room's connections on this node. */
  connections(): Iterable<Connection<object>>;
  /** Sends a batched change of this node's clients to the other nodes. */
  publish(update: Uint8Array): void;
}

/**
 * The cursors and presence of one room (Yjs awareness): what its clients set, batched out to them
 * (see awareness-batcher.ts), and what other nodes relay. Each connection's awareness ids are
 * remembered, so that its states go when it leaves.
 */
export class RoomAwareness {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly batcher: AwarenessBatcher;

  constructor(
    doc: Y.Doc,
    private readonly deps: RoomAwarenessDeps,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.batcher = new AwarenessBatcher(this.awareness, (update, local) => {
      const message = encodeAwareness(update);
      for (const conn of deps.connections()) conn.send(message);
      if (local) deps.publish(update);
    });
  }

  /** Applies an awareness update of a local connection, or one relayed from another node. */
  apply(update: Uint8Array, origin: Connection<object> | typeof RELAYED): void {
    if (origin !== RELAYED) for (const id of awarenessClientIds(update)) origin.awarenessIds.add(id);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, origin);
  }

  /** Removes the states of another node's clients (that node stopped answering). */
  removeRelayed(clientIds: number[]): void {
    awarenessProtocol.removeAwarenessStates(this.awareness, clientIds, RELAYED);
  }

  /** The states of this node's clients (answer to another node joining), or null when none. */
  local(): Uint8Array | null {
    const ids = [...this.deps.connections()].flatMap((conn) => [...conn.awarenessIds]);
    const present = ids.filter((id) => this.awareness.getStates().has(id));
    return present.length > 0 ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, present) : null;
  }

  /** Sends a newcomer every known state, if there is any. */
  greet(conn: Connection<object>): void {
    if (this.awareness.getStates().size > 0) this.answerQuery(conn);
  }

  /** Answers a client's query-awareness message: every known state (possibly none). */
  answerQuery(conn: Connection<object>): void {
    const clients = [...this.awareness.getStates().keys()];
    conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
  }

  /** Removes the states a connection controlled (it left). */
  leave(conn: Connection<object>): void {
    if (conn.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
    }
  }

  /** Stops sending batches (first step of unloading). */
  stop(): void {
    this.batcher.destroy();
  }

  destroy(): void {
    this.awareness.destroy();
  }
}
