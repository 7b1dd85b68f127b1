import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MessageType } from './messages.js';

/**
 * The one codec of the two messages the server adds to the y-websocket protocol, sent only to
 * clients that connect with `?confirm=1` (see messages.ts):
 * - `saved` (100): varuint count, varUint8Array state vector;
 * - `refused` (101): varstring reason.
 * The server encodes with it (server/src/sync), the browser and tests decode with it.
 */

/** Why the server refused an edit (the board's edit rules; see server/src/session/edit-rules.ts). */
export const RefusalReason = {
  /** The sender may only read (an observer). */
  readOnly: 'read-only',
  /** A facilitator locked the board. */
  locked: 'locked',
  /** The edit touched what only the server writes (the lock, votes, ballots). */
  serverOwned: 'server-owned',
  /** The sender's role may comment on this kind of board but not change it (`editableBy`). */
  notEditor: 'not-editor',
} as const;
export type RefusalReason = (typeof RefusalReason)[keyof typeof RefusalReason];

/** Server → client `saved` payload. */
export interface SavedMessage {
  /** How many sync-step-2 and update messages of this connection are durably stored. */
  count: number;
  /** State vector of the stored document. */
  stateVector: Uint8Array;
}

/** Server → client `refused` payload: an edit was dropped and not stored. */
export interface RefusedMessage {
  /** Usually a {@link RefusalReason}; a client must accept others (newer servers may add some). */
  reason: string;
}

export function encodeSaved({ count, stateVector }: SavedMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.saved);
  encoding.writeVarUint(encoder, count);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeRefused({ reason }: RefusedMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.refused);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** Reads a `saved` body (the decoder is past the message type). Throws on malformed input. */
export function readSaved(decoder: decoding.Decoder): SavedMessage {
  const count = decoding.readVarUint(decoder);
  const stateVector = decoding.readVarUint8Array(decoder);
  return { count, stateVector };
}

/** Reads a `refused` body (the decoder is past the message type). Throws on malformed input. */
export function readRefused(decoder: decoding.Decoder): RefusedMessage {
  return { reason: decoding.readVarString(decoder) };
}

/** Decodes a whole confirmation message; null for any other message type. Throws when malformed. */
export function decodeConfirmation(
  data: Uint8Array,
): ({ type: 'saved' } & SavedMessage) | ({ type: 'refused' } & RefusedMessage) | null {
  const decoder = decoding.createDecoder(data);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.saved) return { type: 'saved', ...readSaved(decoder) };
  if (type === MessageType.refused) return { type: 'refused', ...readRefused(decoder) };
  return null;
}
