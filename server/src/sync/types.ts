/** The only thing sync/ knows of a transport: send bytes, close with a code. */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * What the transport tells the room of one connection. `Peer` is the app's own description of who
 * is connected (e.g. its rights): sync/ never reads it, it only hands it to the edit hooks (see
 * hooks.ts). Declare `Peer` as a type alias (not an interface), so that it fits the default.
 */
export type ConnectOptions<Peer extends object = AnyPeer> = Peer & {
  /** The client asked for `saved` and `refused` messages. */
  confirm: boolean;
  /** Who this is, for log lines (never a token). */
  label?: string;
};

/** A peer description sync/ knows nothing about. */
export type AnyPeer = Record<string, unknown>;

export interface SyncLimits {
  maxDocBytes: number;
  /** Structs a document may reach (see limits/doc-cost.ts); unset: no bound. */
  maxDocCost?: number;
  maxMessagesPerSecond: number;
  roomIdleMs: number;
}

/**
 * Carries updates between server nodes (see fanout/). A room joins before it loads, so nothing
 * stored meanwhile is missed (the overlap is harmless: Yjs updates are idempotent); the relay calls
 * back with what other nodes stored and with their awareness.
 */
export interface RoomRelay {
  join(docId: string, handlers: RelayHandlers): Promise<RelaySubscription>;
}

export interface RelayHandlers {
  /** Updates another node stored (already durable: apply, do not store again). */
  onUpdates(updates: Uint8Array[]): void;
  /** Awareness update from another node's clients. */
  onAwareness(update: Uint8Array): void;
  /** Awareness client ids of a node that stopped answering: remove them. */
  onAwarenessGone(clientIds: number[]): void;
  /** The awareness states of this node's clients (answer to another node joining), or null. */
  localAwareness(): Uint8Array | null;
}

export interface RelaySubscription {
  /** Called after this node durably stored updates (the relay may already see them in the store). */
  published(updates: Uint8Array[]): void;
  publishAwareness(update: Uint8Array): void;
  leave(): Promise<void>;
}
