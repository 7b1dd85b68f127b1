import type * as Y from 'yjs';
import { transact } from '../fields.js';
import { applyOnce } from '../once.js';
import { cryptoRandom, type Random } from '../random.js';

/**
 * Loads prepared content into a board. Into an empty board the content is written as one
 * deterministic change (see once.ts), so two people loading the same content at once get it once:
 * 'loaded'. Into a board with content it is appended as ordinary edits: 'appended' (`fresh` false).
 */
export function loadContent<I>(
  doc: Y.Doc,
  namespace: string,
  input: I,
  empty: boolean,
  write: (target: Y.Doc, input: I, random: Random, fresh: boolean) => void,
): 'loaded' | 'appended' {
  if (!empty) {
    transact(doc, () => write(doc, input, cryptoRandom, false));
    return 'appended';
  }
  applyOnce(doc, namespace, input, (scratch, same, random) => write(scratch, same, random, true));
  return 'loaded';
}
