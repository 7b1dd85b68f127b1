import * as decoding from 'lib0/decoding';

/**
 * The structural cost of a Yjs update (format v1), counted without building it.
 *
 * Why not bytes alone: applying an update costs per struct and per delete range, and both can be
 * packed at about two bytes each. A 4 MB update of 1 M delete ranges takes ~1.2 s in
 * `Y.decodeUpdate` and ~10 s to apply to a 2 M-character text; this scan reads the same update in
 * tens of milliseconds, allocates nothing per struct, and stops as soon as the budget is spent, so its
 * own cost is bounded by the budget, not by the input.
 */
export interface UpdateCost {
  /** Items, GCs and skips. */
  readonly structs: number;
  /** Ranges of the delete set. */
  readonly deleteRanges: number;
}

/** The count the limits compare: structs plus delete ranges. */
export const costOf = (cost: UpdateCost): number => cost.structs + cost.deleteRanges;

/** Result of a scan: the cost (possibly cut short once over `budget`), or `null` when malformed. */
export type ScanResult = (UpdateCost & { readonly over: boolean }) | null;

const BITS5 = 31;
const BIT6 = 32;
const BIT7 = 64;
const BIT8 = 128;
/** Type refs that carry a key (the node name of an XML element, the hook name). */
const XML_ELEMENT = 3;
const XML_HOOK = 5;

/**
 * Counts structs and delete ranges of a v1 update. Stops once their sum passes `budget`
 * (`over: true`). A malformed update gives `null`: the caller's full decode reports it as it always did.
 */
export function scanUpdateCost(update: Uint8Array, budget = Number.POSITIVE_INFINITY): ScanResult {
  try {
    const decoder = decoding.createDecoder(update);
    let structs = 0;
    const clients = decoding.readVarUint(decoder);
    for (let i = 0; i < clients; i++) {
      const count = decoding.readVarUint(decoder);
      // The struct count is declared up front: refuse before walking them.
      if (structs + count > budget) return { structs: structs + count, deleteRanges: 0, over: true };
      decoding.readVarUint(decoder); // client
      decoding.readVarUint(decoder); // first clock
      for (let j = 0; j < count; j++) skipStruct(decoder);
      structs += count;
    }
    let deleteRanges = 0;
    const dsClients = decoding.readVarUint(decoder);
    for (let i = 0; i < dsClients; i++) {
      decoding.readVarUint(decoder); // client
      const ranges = decoding.readVarUint(decoder);
      deleteRanges += ranges;
      if (structs + deleteRanges > budget) return { structs, deleteRanges, over: true };
      for (let j = 0; j < ranges; j++) {
        decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
      }
    }
    return { structs, deleteRanges, over: false };
  } catch {
    return null;
  }
}

function skipBytes(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder);
  if (decoder.pos + length > decoder.arr.length) throw new RangeError('truncated');
  decoder.pos += length;
}

function skipStruct(decoder: decoding.Decoder): void {
  const info = decoding.readUint8(decoder);
  const ref = info & BITS5;
  if (ref === 0 || ref === 10) {
    decoding.readVarUint(decoder); // GC or Skip: a length
    return;
  }
  const cantCopyParentInfo = (info & (BIT7 | BIT8)) === 0;
  if (info & BIT8) skipId(decoder);
  if (info & BIT7) skipId(decoder);
  if (cantCopyParentInfo) {
    if (decoding.readVarUint(decoder) === 1) skipBytes(decoder);
    else skipId(decoder);
    if (info & BIT6) skipBytes(decoder);
  }
  skipContent(decoder, ref);
}

function skipId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
}

function skipContent(decoder: decoding.Decoder, ref: number): void {
  switch (ref) {
    case 1: // deleted: a length
      decoding.readVarUint(decoder);
      return;
    case 2: {
      // JSON: a count of strings
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) skipBytes(decoder);
      return;
    }
    case 3: // binary
    case 4: // string
    case 5: // embed (a JSON string)
      skipBytes(decoder);
      return;
    case 6: // format: key and JSON value
      skipBytes(decoder);
      skipBytes(decoder);
      return;
    case 7: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === XML_ELEMENT || typeRef === XML_HOOK) skipBytes(decoder);
      return;
    }
    case 8: {
      // any: a count of lib0 values
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) decoding.readAny(decoder);
      return;
    }
    case 9: // subdocument: guid and options
      skipBytes(decoder);
      decoding.readAny(decoder);
      return;
    default:
      throw new RangeError(`unknown content ${ref}`);
  }
}

/** y-websocket message type and sync steps that carry an update. */
const MESSAGE_SYNC = 0;
const STEP_2 = 1;
const STEP_UPDATE = 2;

/**
 * True when a raw y-websocket message is a sync step 2 or update whose cost passes `budget`. Other
 * messages, and malformed ones (left to the full decode), are not over.
 */
export function syncMessageOverBudget(message: Uint8Array, budget: number): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false;
    const step = decoding.readVarUint(decoder);
    if (step !== STEP_2 && step !== STEP_UPDATE) return false;
    return scanUpdateCost(decoding.readVarUint8Array(decoder), budget)?.over === true;
  } catch {
    return false;
  }
}
