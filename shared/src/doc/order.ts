import type { Random } from './random.js';

/**
 * Order keys of list items: strings that sort (by code unit) in display order, read as base-62
 * fractions. A key can always be made between two others, so moving or inserting an item writes
 * only that item's key, never its neighbours'. A few random digits are appended so that two clients
 * inserting at the same place at once get distinct keys (ties still sort by id; see list.ts).
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const JITTER_DIGITS = 3;
const KEY_PATTERN = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

/** True for a well-formed order key (base-62 digits, no trailing zero). */
export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 512 && KEY_PATTERN.test(value);
}

function digit(text: string, index: number): number {
  const char = text[index];
  return char === undefined ? 0 : DIGITS.indexOf(char);
}

// The midpoint algorithm of the fractional-indexing technique: `a` may be '' (zero), `b` null (one).
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? '0') === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const low = digit(a, 0);
  const high = b === null ? DIGITS.length : digit(b, 0);
  if (high - low > 1) return DIGITS[Math.round((low + high) / 2)] ?? '';
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[low] ?? '') + midpoint(a.slice(1), null);
}

// Appending and prepending step by one digit rather than halving the gap, so that keys of items
// added one after another at the end (the usual case) grow by one digit per ~60 items, not per ~6.
function keyAfter(a: string): string {
  const first = digit(a, 0);
  if (first < DIGITS.length - 1) return DIGITS[first + 1] ?? '';
  return (DIGITS[first] ?? '') + keyAfter(a.slice(1));
}

function keyBefore(b: string): string {
  const first = digit(b, 0);
  return first >= 2 ? (DIGITS[first - 1] ?? '') : midpoint('', b);
}

function baseKey(before: string | null, after: string | null): string {
  if (after === null) return before === null ? midpoint('', null) : keyAfter(before);
  return before === null ? keyBefore(after) : midpoint(before, after);
}

/**
 * A new key strictly between `before` and `after` (null: open end). Throws unless before < after.
 */
export function keyBetween(before: string | null, after: string | null, random: Random): string {
  const low = before ?? '';
  if (after !== null && !(low < after)) throw new RangeError(`no key between ${low} and ${after}`);
  let key = baseKey(before, after);
  // Digits appended to a prefix of `after` could sort past it; step closer until that cannot happen.
  while (after?.startsWith(key)) key = midpoint(key, after);
  const bytes = random(JITTER_DIGITS);
  let jitter = '';
  for (let i = 0; i < JITTER_DIGITS; i++) {
    const last = i === JITTER_DIGITS - 1;
    const value = (bytes[i] ?? 0) % (last ? DIGITS.length - 1 : DIGITS.length);
    jitter += DIGITS[last ? value + 1 : value];
  }
  return key + jitter;
}
