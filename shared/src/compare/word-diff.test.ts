import { describe, expect, it } from 'vitest';
import { commonSubsequence, type DiffSegment, diffWords, tokenize } from './word-diff.js';

const side = (segments: readonly DiffSegment[], kind: 'added' | 'removed') =>
  segments
    .filter((s) => s.kind === 'same' || s.kind === kind)
    .map((s) => s.text)
    .join('');

describe('word diff', () => {
  it('splits words, spaces and punctuation, keeping accents and other scripts in words', () => {
    expect(tokenize('Acción, Ελληνικά ā-ē!')).toEqual([
      'Acción',
      ',',
      ' ',
      'Ελληνικά',
      ' ',
      'ā',
      '-',
      'ē',
      '!',
    ]);
    expect(tokenize('e\u0301te')).toEqual(['e\u0301te']);
  });

  it('marks exactly the changed words', () => {
    expect(diffWords('Open a language café in Riga', 'Open two language cafés in Riga')).toEqual([
      { kind: 'same', text: 'Open ' },
      { kind: 'removed', text: 'a' },
      { kind: 'added', text: 'two' },
      { kind: 'same', text: ' language ' },
      { kind: 'removed', text: 'café' },
      { kind: 'added', text: 'cafés' },
      { kind: 'same', text: ' in Riga' },
    ]);
  });

  it('shows neighbouring changed words as one change', () => {
    expect(diffWords('ñ ç old words here', 'ñ ç new text here')).toEqual([
      { kind: 'same', text: 'ñ ç ' },
      { kind: 'removed', text: 'old words' },
      { kind: 'added', text: 'new text' },
      { kind: 'same', text: ' here' },
    ]);
  });

  it('handles empty and identical texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('same ā', 'same ā')).toEqual([{ kind: 'same', text: 'same ā' }]);
    expect(diffWords('', 'new Ελληνικά')).toEqual([{ kind: 'added', text: 'new Ελληνικά' }]);
    expect(diffWords('gone š ž', '')).toEqual([{ kind: 'removed', text: 'gone š ž' }]);
  });

  it('always rebuilds both texts', () => {
    const pairs: [string, string][] = [
      ['a b c d e', 'a x c y e z'],
      ['Plan after visit 1', 'Revised plan after the visit 2, ā ē'],
      ['line one\nline two\n', 'line two\nline three\n'],
      ['x'.repeat(50), 'y'.repeat(50)],
    ];
    for (const [before, after] of pairs) {
      const segments = diffWords(before, after);
      expect(side(segments, 'removed')).toBe(before);
      expect(side(segments, 'added')).toBe(after);
    }
  });

  it('finds a longest common subsequence', () => {
    expect(commonSubsequence(['a', 'b', 'c', 'd'], ['b', 'x', 'd'])).toEqual([
      [1, 0],
      [3, 2],
    ]);
    expect(commonSubsequence([], ['a'])).toEqual([]);
  });
});
