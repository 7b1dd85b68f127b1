import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docStructs, exceedsDocCost } from './doc-cost.js';

describe('exceedsDocCost', () => {
  it('counts the document structs and bounds what an update may add', () => {
    const doc = new Y.Doc();
    const array = doc.getArray<number>('a');
    for (let i = 0; i < 10; i++) array.insert(0, [i]);
    expect(docStructs(doc)).toBe(10);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(other);
    other.getArray<number>('a').insert(0, [99]);
    other.getArray<number>('a').delete(3, 2);
    const decoded = Y.decodeUpdate(Y.encodeStateAsUpdate(other, before));
    // 10 held + 1 new struct + 2 × 1 delete range.
    expect(exceedsDocCost(doc, decoded, 13)).toBe(false);
    expect(exceedsDocCost(doc, decoded, 12)).toBe(true);
    expect(exceedsDocCost(doc, decoded, undefined)).toBe(false);
  });
});
