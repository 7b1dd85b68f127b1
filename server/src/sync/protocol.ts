import { MessageType, SyncStep } from '@mentoring/shared/protocol/messages';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Pure codecs for the y-websocket wire protocol: bytes in, typed messages out, and back. Nothing here
 * touches a socket, a room or a store.
 */
/** An update parsed in full (kept so that later checks need not parse it again). */
export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'sync-update'; update: Uint8Array; decoded: DecodedUpdate }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

/** A message that does not decode. The connection that sent it is closed; nothing else is touched. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * Decodes and validates one client message. Updates and state vectors are parsed in full here so
 * that nothing malformed ever reaches a Y.Doc (a throw half-way through applyUpdate could leave it
 * inconsistent).
 */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    const message = readBody(type, decoder);
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after message');
    return message;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`undecodable message: ${(error as Error).message}`);
  }
}

function readBody(type: number, decoder: decoding.Decoder): ClientMessage {
  switch (type) {
    case MessageType.sync: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SyncStep.step1) {
        Y.decodeStateVector(payload);
        return { kind: 'sync-step1', stateVector: payload };
      }
      if (step === SyncStep.step2 || step === SyncStep.update) {
        const decoded = Y.decodeUpdate(payload);
        return { kind: step === SyncStep.step2 ? 'sync-step2' : 'sync-update', update: payload, decoded };
      }
      throw new ProtocolError(`unknown sync step ${step}`);
    }
    case MessageType.awareness:
      return { kind: 'awareness', update: readAwarenessUpdate(decoder) };
    case MessageType.queryAwareness:
      return { kind: 'query-awareness' };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

// Awareness updates are parsed here (client ids, clocks, JSON states) so that applying them
// later cannot throw.
function readAwarenessUpdate(decoder: decoding.Decoder): Uint8Array {
  const update = decoding.readVarUint8Array(decoder);
  const inner = decoding.createDecoder(update);
  const count = decoding.readVarUint(inner);
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(inner);
    decoding.readVarUint(inner);
    JSON.parse(decoding.readVarString(inner));
  }
  if (decoding.hasContent(inner)) throw new ProtocolError('trailing bytes in awareness update');
  return update;
}

/** Client ids named in an awareness update (one already validated by decodeClientMessage). */
export function awarenessClientIds(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}

/** True when an update carries no structs and no deletions (e.g. a step 2 from an up-to-date client). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncStep.step1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step2, Y.encodeStateAsUpdate(doc, stateVector));
}

/** A sync step 2 carrying an update as it is (e.g. stored bytes sent before they are applied). */
export function encodeSyncStep2Update(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.step2, update);
}

/** True for the state vector of a client that holds nothing yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncStep.update, update);
}

function encodeSync(step: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}

/**
 * The same bytes as a Buffer (no copy). `ws` wraps any other Uint8Array in a new Buffer on every
 * send; a message that goes to a whole room is wrapped once here instead of once per recipient.
 */
function asBuffer(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}
