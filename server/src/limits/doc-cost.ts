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

/**
 * The document bound of one room: counts what accepted, not yet applied updates may add, so a burst
 * of updates is checked against what it will make, not against the document before it.
 */
export class UnappliedCost {
  private total = 0;

  constructor(private readonly maxDocCost: number | undefined) {}

  /** The cost of `decoded`, now counted as waiting; null (and nothing counted) when it would pass the bound. */
  admit(doc: Y.Doc, decoded: DecodedCost): number | null {
    const cost = addedStructs(decoded);
    if (exceedsDocCost(doc, this.total + cost, this.maxDocCost)) return null;
    this.total += cost;
    return cost;
  }

  /** Forgets a cost once its update is applied. */
  applied(cost: number | undefined): void {
    this.total -= cost ?? 0;
  }
}
