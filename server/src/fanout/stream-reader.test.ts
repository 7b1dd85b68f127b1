import { describe, expect, it } from 'vitest';
import { readEntries } from './stream-reader.js';

describe('readEntries', () => {
  it('takes the id and update of each entry of an XREAD reply (Buffers, as the reader maps them)', () => {
    const reply = [
      { id: Buffer.from('5-0'), message: { u: Buffer.from([1, 2, 3]), i: Buffer.from('x') } },
      { id: '6-1', message: { u: Buffer.from([4]) } },
    ];
    const entries = readEntries(reply);
    expect(entries?.map((e) => e.id)).toEqual(['5-0', '6-1']);
    expect(entries?.map((e) => [...e.update])).toEqual([[1, 2, 3], [4]]);
  });

  it('gives null for a reply of another shape (the reader then reads the document itself)', () => {
    expect(readEntries(undefined)).toBeNull();
    expect(readEntries([{ id: '5-0', message: { u: 'text' } }])).toBeNull();
    expect(readEntries([{ message: { u: Buffer.from([1]) } }])).toBeNull();
    expect(readEntries([null])).toBeNull();
    expect(readEntries([])).toEqual([]);
  });
});
