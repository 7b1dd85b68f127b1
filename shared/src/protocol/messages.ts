/**
 * Top-level message types on `/yjs/:docId`. 0–3 are the standard y-websocket ones, so the stock
 * `WebsocketProvider` works unchanged. The server sends 100 and 101 only to clients that opt in with
 * `?confirm=1`, because the stock client logs an error for types it does not know.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Server → client: what of this connection's edits is durably stored (see save-state.ts). */
  saved: 100,
  /** Server → client: an edit was refused (read-only role or locked board) and not stored. */
  refused: 101,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** y-protocols sync sub-types inside a `sync` message. */
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

/** Query parameter a client sets to receive `saved` and `refused` messages. */
export const CONFIRM_PARAM = 'confirm';
