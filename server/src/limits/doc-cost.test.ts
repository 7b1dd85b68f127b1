import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addedStructs, docStructs, exceedsDocCost } from './doc-cost.js';

describe('document cost', () => {
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
    const update = Y.encodeStateAsUpdate(other, before);
    // 1 new struct + 2 × 1 delete range.
    const added = addedStructs(Y.decodeUpdate(update));
    expect(added).toBe(3);
    expect(exceedsDocCost(doc, added, 13)).toBe(false);
    expect(exceedsDocCost(doc, added, 12)).toBe(true);
    expect(exceedsDocCost(doc, added, undefined)).toBe(false);
    // The bound holds: applied, the document grew by no more than that.
    Y.applyUpdate(doc, update);
    expect(docStructs(doc)).toBeLessThanOrEqual(10 + added);
  });
});
