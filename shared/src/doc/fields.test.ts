import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  ensureList,
  ensureSet,
  ensureText,
  getText,
  replaceText,
  setEntries,
  toggleEntry,
} from './fields.js';
import { base64url, newId, seededRandom } from './random.js';
import { syncPair } from './test-sync.js';

describe('replaceText', () => {
  it('edits only the part that changed, so concurrent edits elsewhere survive', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'The city runs courses.');
    syncPair(a, b);
    replaceText(a.getText('t'), 'The city runs free courses.');
    b.getText('t').insert(0, '1. ');
    b.getText('t').insert(b.getText('t').length, ' More soon.');
    syncPair(a, b);
    expect(a.getText('t').toString()).toBe('1. The city runs free courses. More soon.');
    expect(b.getText('t').toString()).toBe(a.getText('t').toString());
  });

  it('handles emptying, filling and characters outside the basic plane', () => {
    const text = new Y.Doc().getText('t');
    replaceText(text, 'a😀b');
    replaceText(text, 'a😃b');
    expect(text.toString()).toBe('a😃b');
    replaceText(text, '');
    expect(text.toString()).toBe('');
    replaceText(text, 'x');
    expect(text.toString()).toBe('x');
  });
});

describe('slots', () => {
  it('keeps a board field in a root Y.Text that needs no creation', () => {
    const doc = new Y.Doc();
    expect(getText(doc, 'title')).toBe(doc.getText('text:title'));
    expect(ensureText(doc, 'title')).toBe(doc.getText('text:title'));
  });

  it('creates missing item fields lazily and reuses existing ones', () => {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    doc.getArray('list:x').push([map]);
    expect(getText(map, 'notes')).toBeUndefined();
    const text = ensureText(map, 'notes');
    expect(ensureText(map, 'notes')).toBe(text);
    expect(ensureList(map, 'items')).toBe(ensureList(map, 'items'));
    const set = ensureSet(map, 'links');
    toggleEntry(set, 'b', true);
    toggleEntry(set, 'a', true);
    toggleEntry(set, 'c', true);
    toggleEntry(set, 'c', false);
    expect(setEntries(set)).toEqual(['a', 'b']);
  });
});

describe('ids', () => {
  it('encodes base64url without padding', () => {
    expect(base64url(new Uint8Array([251, 255]))).toBe('-_8');
    expect(base64url(new TextEncoder().encode('hello'))).toBe('aGVsbG8');
  });

  it('makes 22-character random ids, and repeatable ones from a seed', () => {
    const id = newId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newId()).not.toBe(id);
    expect(newId(seededRandom('s'))).toBe(newId(seededRandom('s')));
    expect(newId(seededRandom('s'))).not.toBe(newId(seededRandom('t')));
  });
});
