import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUpdateMerger, type UpdateMerger } from './update-merger.js';

function updatesOf(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, { i, text: 'x'.repeat(i % 50) });
  return updates;
}

describe('update merger (worker thread)', () => {
  let merger: UpdateMerger;
  afterEach(async () => {
    await merger.close();
  });

  it('merges exactly as Y.mergeUpdates does, for many merges at once', async () => {
    merger = createUpdateMerger();
    const sets = [updatesOf(10), updatesOf(300), updatesOf(1)];
    const merged = await Promise.all(sets.map((parts) => merger.merge(parts)));
    merged.forEach((bytes, i) => {
      expect(bytes).toEqual(Y.mergeUpdates(sets[i]!));
    });
  });

  it('sends only the bytes of a view on a larger buffer', async () => {
    merger = createUpdateMerger();
    const [update] = updatesOf(1);
    const big = new Uint8Array(update!.byteLength + 100);
    big.set(update!, 50);
    const view = big.subarray(50, 50 + update!.byteLength);
    expect(await merger.merge([view])).toEqual(Y.mergeUpdates([update!]));
  });

  it('rejects a merge of bytes that are not updates, and keeps working', async () => {
    merger = createUpdateMerger();
    await expect(merger.merge([new Uint8Array([9, 9, 9]), new Uint8Array([9, 9])])).rejects.toThrow(
      /merge failed/,
    );
    const parts = updatesOf(5);
    expect(await merger.merge(parts)).toEqual(Y.mergeUpdates(parts));
  });

  it('rejects merges still running when closed', async () => {
    merger = createUpdateMerger();
    const running = merger.merge(updatesOf(2_000));
    await merger.close();
    await expect(running).rejects.toThrow();
  });
});
