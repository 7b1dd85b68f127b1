import * as Y from 'yjs';

/**
 * The pure half of binding a form control to a Y.Text: turning what the control reports (its whole
 * new value and the caret) into the smallest Y.Text change, and keeping the caret where the person
 * left it when someone else's edit arrives. `use-text-binding.ts` wires these to the DOM.
 */

/** One contiguous change: delete `remove` characters at `index`, then insert `insert` there. */
export interface TextChange {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The change that turns `previous` into `next`, placed where the caret says the edit happened.
 * Without the caret, typing "a" into "aa" is ambiguous (a prefix/suffix diff puts it at the end);
 * with it, the insertion lands where the person typed, which keeps concurrent edits of others
 * around it in the right place. `caret` is the control's selection end after the edit.
 */
export function diffAt(previous: string, next: string, caret = next.length): TextChange | null {
  if (previous === next) return null;
  const shortest = Math.min(previous.length, next.length);
  let prefix = 0;
  while (prefix < shortest && previous[prefix] === next[prefix]) prefix++;
  // The edit ends at the caret: an insertion of `grown` characters starts at caret - grown at most.
  const grown = Math.max(0, next.length - previous.length);
  let start = Math.max(0, Math.min(prefix, caret - grown));
  if (start > 0 && isHighSurrogate(next.charCodeAt(start - 1))) start--;
  let suffix = 0;
  while (
    suffix < shortest - start &&
    previous[previous.length - 1 - suffix] === next[next.length - 1 - suffix]
  ) {
    suffix++;
  }
  if (suffix > 0 && isLowSurrogate(next.charCodeAt(next.length - suffix))) suffix--;
  return {
    index: start,
    remove: previous.length - start - suffix,
    insert: next.slice(start, next.length - suffix),
  };
}

/** Applies `change` to the Y.Text in one transaction tagged with `origin`. */
export function applyChange(text: Y.Text, change: TextChange, origin: unknown): void {
  const run = () => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert.length > 0) text.insert(change.index, change.insert);
  };
  if (text.doc) text.doc.transact(run, origin);
  else run();
}

/**
 * Makes the Y.Text read `next`, given what the control showed before the edit (`previous`, equal to
 * the Y.Text's content because remote edits are written into the control as they arrive). Returns
 * false when there was nothing to do.
 */
export function applyLocalEdit(
  text: Y.Text,
  previous: string,
  next: string,
  caret: number,
  origin: unknown,
): boolean {
  const change = diffAt(previous, next, caret);
  if (!change) return false;
  applyChange(text, change, origin);
  return true;
}

/** A selection kept as Yjs relative positions, so that it follows the text it sits in. */
export interface KeptSelection {
  readonly start: Y.RelativePosition;
  readonly end: Y.RelativePosition;
  readonly backward: boolean;
}

/**
 * Remembers a selection of the control bound to `text`. Both ends stick to the character before
 * them (assoc -1), so text someone else inserts right at the caret goes after it: the person keeps
 * typing where they were instead of being pushed behind the other's words.
 */
export function keepSelection(text: Y.Text, start: number, end: number, backward = false): KeptSelection {
  const length = text.length;
  const clamp = (index: number) => Math.max(0, Math.min(index, length));
  return {
    start: Y.createRelativePositionFromTypeIndex(text, clamp(start), -1),
    end: Y.createRelativePositionFromTypeIndex(text, clamp(end), -1),
    backward,
  };
}

/** Where a kept selection is now, or null if its text is gone from the document. */
export function restoreSelection(
  text: Y.Text,
  kept: KeptSelection,
): { start: number; end: number; backward: boolean } | null {
  const doc = text.doc;
  if (!doc) return null;
  const start = Y.createAbsolutePositionFromRelativePosition(kept.start, doc);
  const end = Y.createAbsolutePositionFromRelativePosition(kept.end, doc);
  if (!start || !end || start.type !== text || end.type !== text) return null;
  return { start: start.index, end: Math.max(start.index, end.index), backward: kept.backward };
}
