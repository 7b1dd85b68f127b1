/** A run of text that is in both versions, only in the newer one, or only in the older one. */
export interface DiffSegment {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** Above this many token pairs the diff stops looking for common words inside the changed middle. */
const MAX_CELLS = 2_000_000;

/** Words (letters, digits, `_` and joining marks), runs of whitespace, and single other characters. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu) ?? [];
}

/**
 * Indices `[i, j]` of a longest common subsequence of `a` and `b` (equal by `same`), in order. Plain
 * dynamic programming: the callers trim the common ends first, so what is left is the changed middle.
 */
export function commonSubsequence<T>(
  a: readonly T[],
  b: readonly T[],
  same: (x: T, y: T) => boolean = Object.is,
): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_CELLS) return [];
  // lengths[i * (m + 1) + j]: LCS length of a[i..] and b[j..].
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      const at = i * (m + 1) + j;
      lengths[at] = same(a[i] as T, b[j] as T)
        ? (lengths[at + m + 2] ?? 0) + 1
        : Math.max(lengths[at + m + 1] ?? 0, lengths[at + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i] as T, b[j] as T)) {
      pairs.push([i, j]);
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * (m + 1) + j] ?? 0) >= (lengths[i * (m + 1) + j + 1] ?? 0)) i += 1;
    else j += 1;
  }
  return pairs;
}

type Stretch = { same: string } | { removed: string; added: string };

function addSame(stretches: Stretch[], text: string): void {
  if (!text) return;
  const last = stretches[stretches.length - 1];
  if (last && 'same' in last) last.same += text;
  else stretches.push({ same: text });
}

function addChange(stretches: Stretch[], removed: string, added: string): void {
  if (!removed && !added) return;
  const last = stretches[stretches.length - 1];
  const before = stretches[stretches.length - 2];
  if (last && 'removed' in last) {
    last.removed += removed;
    last.added += added;
  } else if (last && 'same' in last && /^\s+$/u.test(last.same) && before && 'removed' in before) {
    // Only a space between two changes: show one change ("old words" → "new words"), not a patchwork.
    stretches.pop();
    before.removed += last.same + removed;
    before.added += last.same + added;
  } else stretches.push({ removed, added });
}

/**
 * A word-level diff of two texts: concatenating the `same` and `removed` segments gives `before`,
 * the `same` and `added` ones give `after`. Within a changed stretch, removed text comes first.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const stretches: Stretch[] = [];
  addSame(stretches, a.slice(0, start).join(''));
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  let i = 0;
  let j = 0;
  const stops: [number, number][] = [
    ...commonSubsequence(middleA, middleB),
    [middleA.length, middleB.length],
  ];
  for (const [x, y] of stops) {
    addChange(stretches, middleA.slice(i, x).join(''), middleB.slice(j, y).join(''));
    addSame(stretches, middleA.slice(x, x + 1).join(''));
    i = x + 1;
    j = y + 1;
  }
  addSame(stretches, a.slice(endA).join(''));
  return stretches.flatMap((stretch): DiffSegment[] => {
    if ('same' in stretch) return [{ kind: 'same', text: stretch.same }];
    const out: DiffSegment[] = [];
    if (stretch.removed) out.push({ kind: 'removed', text: stretch.removed });
    if (stretch.added) out.push({ kind: 'added', text: stretch.added });
    return out;
  });
}
