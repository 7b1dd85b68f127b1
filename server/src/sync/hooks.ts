import type * as Y from 'yjs';
import type { DecodedUpdate } from './protocol.js';
import type { AnyPeer, ConnectOptions } from './types.js';

/** A client's edit as the {@link BeforeApply} hooks see it, before it is stored or sent anywhere. */
export interface IncomingEdit<Peer extends object = AnyPeer> {
  docId: string;
  /** The room's document: durable state only (the edit is not in it). Read it, never change it. */
  doc: Y.Doc;
  /** The update as received. */
  update: Uint8Array;
  /** The same update, parsed once by the protocol decoder. */
  decoded: DecodedUpdate;
  /** What the transport said of the sender when it connected. */
  peer: ConnectOptions<Peer>;
}

/**
 * An edit rule: returns why the edit is refused (e.g. `'read-only'`), or null to let it through. A
 * refused edit is dropped, never stored nor relayed, and a confirming client gets a `refused` message
 * with that reason. Hooks run in order, the first refusal wins; they must not throw and must be fast
 * (they run for every edit, synchronously, on the room's hot path).
 */
export type BeforeApply<Peer extends object = AnyPeer> = (edit: IncomingEdit<Peer>) => string | null;

/**
 * What the app plugs into every room. sync/ knows no roles, locks or other app rules: they come in
 * here (see session/edit-rules.ts for the board's rules).
 */
export interface RoomHooks<Peer extends object = AnyPeer> {
  /** Asked for every non-empty edit a client sends, in this order. */
  beforeApply?: readonly BeforeApply<Peer>[];
  /**
   * Told once per batch and sender when client edits are stored and applied on this node (not for
   * the server's own changes nor for what other nodes relay: each edit is told once, where it came
   * in). Must not throw; for work that follows content (e.g. the journey summary).
   */
  afterStored?: (edit: { docId: string; peer: ConnectOptions<Peer> }) => void;
}

/** The first refusal of `hooks` for `edit`, or null when every hook lets it through. */
export function firstRefusal<Peer extends object>(
  hooks: RoomHooks<Peer>,
  edit: IncomingEdit<Peer>,
): string | null {
  for (const hook of hooks.beforeApply ?? []) {
    const refusal = hook(edit);
    if (refusal !== null) return refusal;
  }
  return null;
}
