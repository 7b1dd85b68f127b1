import * as Y from 'yjs';
import { hash32, type Random, seededRandom } from './random.js';

/**
 * The transaction origin of changes made by {@link applyOnce}, so that e.g. an undo manager can
 * leave initialisation out of what a person can undo.
 */
export const INIT_ORIGIN: unique symbol = Symbol('board-init');

/**
 * Initialisation that converges when several clients do it at once.
 *
 * Two people opening a new board at the same moment both see an empty document and both initialise
 * it. Written as ordinary edits, their initial texts would both survive (a title typed twice) and
 * nested types set under the same map key would replace each other (last writer wins), dropping
 * whatever was typed into the loser. Instead, `applyOnce` makes the change in an empty scratch
 * document whose client id is derived from the input, and applies the result. Every client calling
 * it with equal input therefore produces the very same Yjs items (same client id, same clocks, same
 * content), and Yjs integrates an item it already has only once: the initialisations merge into
 * one. Text typed before the other client's initialisation arrived is kept, because the
 * initial content is inserted next to it, never over it.
 *
 * Rules for `build`: start from the empty scratch document, depend on `input` only, take randomness
 * only from the `random` it is given. Different input gives a different client id, so the changes
 * then simply add up (two different titles would both appear): call it with what all clients agree
 * on, typically right after the first sync when the document is still empty.
 *
 * Caveat: all clients must build with the same Yjs version, so that equal input gives equal items.
 */
export function applyOnce<I>(
  doc: Y.Doc,
  namespace: string,
  input: I,
  build: (scratch: Y.Doc, input: I, random: Random) => void,
): void {
  const seed = `${namespace}\u0000${stableStringify(input)}`;
  const scratch = new Y.Doc();
  // Real clients draw their ids at random from the same 32-bit space; a clash is as unlikely as two
  // real clients clashing, which Yjs accepts too.
  scratch.clientID = hash32(seed, 0x5eed);
  try {
    scratch.transact(() => build(scratch, input, seededRandom(seed)));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch), INIT_ORIGIN);
  } finally {
    scratch.destroy();
  }
}

/** JSON with object keys sorted, so that equal values always give equal text. */
export function stableStringify(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((entry: unknown) => stableStringify(entry)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableStringify(entry)}`).join(',')}}`;
}
