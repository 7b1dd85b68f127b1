import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyLocalEdit, diffAt, keepSelection, restoreSelection } from './text-binding';

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function textDoc(clientID: number, initial = ''): { doc: Y.Doc; text: Y.Text } {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const text = doc.getText('t');
  if (initial) text.insert(0, initial);
  return { doc, text };
}

describe('diffAt', () => {
  it('finds a plain insertion, deletion and replacement', () => {
    expect(diffAt('hello', 'hello world')).toEqual({ index: 5, remove: 0, insert: ' world' });
    expect(diffAt('hello world', 'hello')).toEqual({ index: 5, remove: 6, insert: '' });
    expect(diffAt('abc', 'axc', 2)).toEqual({ index: 1, remove: 1, insert: 'x' });
    expect(diffAt('same', 'same')).toBeNull();
  });

  it('places an ambiguous insertion or deletion at the caret', () => {
    // "a" typed at the start of "aa": caret after it at 1.
    expect(diffAt('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    // Without the caret the end is assumed.
    expect(diffAt('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    // Backspace of the middle "a" of "aaa": caret at 1.
    expect(diffAt('aaa', 'aa', 1)).toEqual({ index: 1, remove: 1, insert: '' });
    // A paste of "abab" before "ab".
    expect(diffAt('ab', 'ababab', 4)).toEqual({ index: 0, remove: 0, insert: 'abab' });
  });

  it('never splits a surrogate pair', () => {
    const change = diffAt('x😀', 'x😃');
    expect(change).toEqual({ index: 1, remove: 2, insert: '😃' });
  });
});

describe('applyLocalEdit', () => {
  it('changes only the edited part, so a concurrent edit elsewhere survives', () => {
    const a = textDoc(1, 'Open a language café');
    const b = textDoc(2);
    sync(a.doc, b.doc);
    // A types at the end while B fixes a word at the start.
    applyLocalEdit(a.text, a.text.toString(), 'Open a language café twice a week', 33, 'local');
    applyLocalEdit(b.text, b.text.toString(), 'Run a language café', 3, 'local');
    sync(a.doc, b.doc);
    expect(a.text.toString()).toBe('Run a language café twice a week');
    expect(b.text.toString()).toBe(a.text.toString());
  });

  it('keeps both texts when two people type in the same field at once', () => {
    const a = textDoc(1, 'Volunteers');
    const b = textDoc(2);
    sync(a.doc, b.doc);
    applyLocalEdit(a.text, 'Volunteers', 'Volunteers Alpha', 16, 'local');
    applyLocalEdit(b.text, 'Volunteers', 'Volunteers Beta', 15, 'local');
    sync(a.doc, b.doc);
    const merged = a.text.toString();
    expect(merged).toBe(b.text.toString());
    expect(merged).toContain(' Alpha');
    expect(merged).toContain(' Beta');
  });
});

describe('kept selections', () => {
  it('shift the caret when someone inserts or deletes before it', () => {
    const a = textDoc(1, 'language café');
    const b = textDoc(2);
    sync(a.doc, b.doc);
    const caret = keepSelection(a.text, 9, 13); // "café" selected
    b.text.insert(0, 'Open a ');
    sync(a.doc, b.doc);
    expect(restoreSelection(a.text, caret)).toEqual({ start: 16, end: 20, backward: false });
    b.text.delete(0, 5); // "Open "
    sync(a.doc, b.doc);
    expect(restoreSelection(a.text, caret)).toEqual({ start: 11, end: 15, backward: false });
    expect(a.text.toString().slice(11, 15)).toBe('café');
  });

  it('stay put when someone types after the caret, and stay before text inserted at the caret', () => {
    const a = textDoc(1, 'abc');
    const b = textDoc(2);
    sync(a.doc, b.doc);
    const caret = keepSelection(a.text, 2, 2);
    b.text.insert(3, 'XYZ');
    sync(a.doc, b.doc);
    expect(restoreSelection(a.text, caret)).toMatchObject({ start: 2, end: 2 });
    b.text.insert(2, '--');
    sync(a.doc, b.doc);
    expect(a.text.toString()).toBe('ab--cXYZ');
    expect(restoreSelection(a.text, caret)).toMatchObject({ start: 2, end: 2 });
  });

  it('keep a caret at the very start and at the end', () => {
    const a = textDoc(1, 'mid');
    const b = textDoc(2);
    sync(a.doc, b.doc);
    const atStart = keepSelection(a.text, 0, 0);
    const atEnd = keepSelection(a.text, 3, 3);
    b.text.insert(3, ' end');
    sync(a.doc, b.doc);
    expect(restoreSelection(a.text, atStart)).toMatchObject({ start: 0, end: 0 });
    expect(restoreSelection(a.text, atEnd)).toMatchObject({ start: 3, end: 3 });
  });

  it('collapse onto the edit when the selected text is deleted by someone else', () => {
    const a = textDoc(1, 'one two three');
    const b = textDoc(2);
    sync(a.doc, b.doc);
    const selection = keepSelection(a.text, 4, 7, true);
    b.text.delete(3, 4); // " two"
    sync(a.doc, b.doc);
    expect(restoreSelection(a.text, selection)).toEqual({ start: 3, end: 3, backward: true });
  });
});
