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
 * True when applying `decoded` could take `doc` past `maxDocCost` structs. An upper bound: each
 * new struct adds one, and each delete range may split at most two items (its two ends).
 * `undefined` means no bound.
 */
export function exceedsDocCost(doc: Y.Doc, decoded: DecodedCost, maxDocCost: number | undefined): boolean {
  if (maxDocCost === undefined) return false;
  let ranges = 0;
  for (const list of decoded.ds.clients.values()) ranges += list.length;
  return docStructs(doc) + decoded.structs.length + 2 * ranges > maxDocCost;
}
