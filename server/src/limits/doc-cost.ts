import type * as Y from 'yjs';

/** The parts of a decoded update (`Y.decodeUpdate`) the document bound reads. */
export interface DecodedCost {
  readonly structs: readonly unknown[];
  readonly ds: { readonly clients: ReadonlyMap<number, readonly unknown[]> };
}

/** Structs a document holds: one array length per client, so cheap even for a large document. */
export function docStructs(doc: Y.Doc): number {
  let count = 0;
  for (const structs of doc.store.clients.values()) count += structs.length;
  return count;
}

/**
 * Upper bound of the structs applying `decoded` may add to a document: one per new struct, and two
 * per delete range (each may split an item at both of its ends).
 */
export function addedStructs(decoded: DecodedCost): number {
  let ranges = 0;
  for (const list of decoded.ds.clients.values()) ranges += list.length;
  return decoded.structs.length + 2 * ranges;
}

/**
 * True when `doc` plus `added` structs (an update, and any accepted but not yet applied) passes
 * `maxDocCost`. `undefined` means no bound.
 */
export function exceedsDocCost(doc: Y.Doc, added: number, maxDocCost: number | undefined): boolean {
  return maxDocCost !== undefined && docStructs(doc) + added > maxDocCost;
}
