import { describe, expect, it } from 'vitest';
import { LogSizes } from './log-sizes.js';

describe('LogSizes', () => {
  it('reads a document once, then counts what is added', () => {
    const reads: string[] = [];
    const sizes = new LogSizes((docId) => {
      reads.push(docId);
      return { n: 3, bytes: 30 };
    });
    expect(sizes.added('a', 1, 10)).toEqual({ n: 3, bytes: 30 });
    expect(sizes.added('a', 2, 5)).toEqual({ n: 5, bytes: 35 });
    expect(sizes.added('b', 1, 1)).toEqual({ n: 3, bytes: 30 });
    expect(reads).toEqual(['a', 'b']);
  });

  it('reads again after forget', () => {
    let stored = { n: 7, bytes: 70 };
    const sizes = new LogSizes(() => stored);
    sizes.added('a', 1, 1);
    stored = { n: 1, bytes: 2 };
    sizes.forget('a');
    expect(sizes.added('a', 1, 2)).toEqual({ n: 1, bytes: 2 });
  });

  it('does not count into the object the reader returned', () => {
    const stored = { n: 1, bytes: 1 };
    const sizes = new LogSizes(() => stored);
    sizes.added('a', 1, 1);
    sizes.added('a', 1, 1);
    expect(stored).toEqual({ n: 1, bytes: 1 });
  });

  it('forgets every count past maxDocs, so memory stays bounded', () => {
    let reads = 0;
    const sizes = new LogSizes(() => {
      reads += 1;
      return { n: 0, bytes: 0 };
    }, 2);
    sizes.added('a', 1, 1);
    sizes.added('b', 1, 1);
    sizes.added('c', 1, 1);
    expect(reads).toBe(3);
    sizes.added('a', 1, 1);
    expect(reads).toBe(4);
    sizes.added('c', 1, 1);
    expect(reads).toBe(4);
  });
});
