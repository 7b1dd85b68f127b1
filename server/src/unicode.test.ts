import { describe, expect, it } from 'vitest';
import { illFormedPath, isWellFormed, toWellFormed } from './unicode.js';

describe('well-formed Unicode', () => {
  it('tells lone surrogates from valid pairs', () => {
    expect(isWellFormed('Plan 😀 ñ Ελληνικά')).toBe(true);
    expect(isWellFormed('Plan \ud800')).toBe(false);
    expect(isWellFormed('\udc00 tail')).toBe(false);
    expect(isWellFormed('\ude00\ud83d')).toBe(false);
  });

  it('repairs lone surrogates and keeps pairs', () => {
    expect(toWellFormed('Plan \ud800 😀')).toBe('Plan \ufffd 😀');
    expect(() => encodeURIComponent(toWellFormed('a\udfffb'))).not.toThrow();
  });

  it('finds the first ill-formed string in nested JSON, keys included', () => {
    expect(illFormedPath({ a: ['ok', { b: 'x\ud800' }] })).toBe('a.1.b');
    expect(illFormedPath({ 'k\ud800': 1 })).toBe('(key)');
    expect(illFormedPath({ a: 1, b: [null, true, 'fine 😀'] })).toBeNull();
    expect(illFormedPath('\ud800')).toBe('(value)');
  });

  it('skips raw bytes (they are checked where they are decoded into text)', () => {
    // 50 MB, as an import body: walked entry by entry this took minutes, skipped it takes nothing.
    expect(illFormedPath(Buffer.alloc(50 * 1024 * 1024, 0xed))).toBeNull();
    expect(illFormedPath({ body: new Uint8Array(8), buffer: new ArrayBuffer(8), bad: 'x\ud800' })).toBe(
      'bad',
    );
  });
});
