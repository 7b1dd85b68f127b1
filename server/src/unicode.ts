/** Well-formed Unicode checks, shared by the HTTP input hook and the header and file-name builders. */

// With the `u` flag a valid surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /\p{Cs}/u;
const LONE_SURROGATES = /\p{Cs}/gu;

/** Deepest nesting walked; JSON bodies of the API are far shallower, and zod bounds them further. */
const MAX_DEPTH = 64;

/** True when `text` is well-formed UTF-16 (no lone surrogate), so that it can be UTF-8 encoded. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** `text` with every lone surrogate replaced by U+FFFD, for data stored before the check existed. */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD');
}

/**
 * The path of the first string (key or value) in `value` that is not well-formed Unicode, or null.
 * Such a string cannot be encoded as UTF-8 (`encodeURIComponent` throws on it), so one stored
 * would break every export, header and file name built from it later.
 */
export function illFormedPath(value: unknown, path: (string | number)[] = [], depth = 0): string | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path.join('.') || '(value)';
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return null;
  // Raw bytes hold no text yet: whoever decodes them checks the text (the import worker checks the
  // parsed body). Walked as an object, a 50 MB body was 50 M index entries on the main thread: a
  // 2 MB one took 38 s under load, and /healthz went unanswered all that while (issue 20, item 4).
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illFormedPath(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormed(key)) return [...path, '(key)'].join('.');
    const found = illFormedPath(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
