import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { restoreUpdate } from './restore.js';

const KEEP = new Set(['votes']);

function contentOf(doc: Y.Doc) {
  return {
    board: doc.getMap('board').toJSON(),
    rows: doc.getArray('rows').toJSON(),
    text: doc.getText('text').toString(),
    votes: doc.getMap('votes').toJSON(),
  };
}

describe('restoreUpdate', () => {
  it('brings back a version as a new change, keeping server-owned roots', () => {
    const doc = new Y.Doc();
    doc.getMap('board').set('title', 'Plan v1');
    const row = new Y.Map<unknown>();
    doc.getArray('rows').push([row]);
    row.set('action', new Y.Text('Open a language café'));
    doc.getText('text').insert(0, 'first draft');
    const version = Y.encodeStateAsUpdate(doc);
    const expected = contentOf(doc);

    doc.getMap('board').set('title', 'Plan v2');
    (row.get('action') as Y.Text).insert(0, 'Weekly: ');
    doc.getArray('rows').push(['new row']);
    doc.getText('text').delete(0, 5);
    doc.getMap('votes').set('v1', { status: 'open' });

    const update = restoreUpdate(doc, version, KEEP);
    expect(update).not.toBeNull();
    Y.applyUpdate(doc, update!);
    expect(contentOf(doc)).toEqual({ ...expected, votes: { v1: { status: 'open' } } });
  });

  it('reaches another client as an ordinary update that merges with its concurrent edit', () => {
    const a = new Y.Doc();
    a.getText('text').insert(0, 'hello');
    const version = Y.encodeStateAsUpdate(a);
    a.getText('text').insert(5, ' world');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const restore = restoreUpdate(a, version, KEEP)!;
    b.getMap('board').set('note', 'typed meanwhile');
    Y.applyUpdate(a, restore);
    Y.applyUpdate(b, restore);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(a.getText('text').toString()).toBe('hello');
    expect(b.getText('text').toString()).toBe('hello');
    expect(a.getMap('board').get('note')).toBe('typed meanwhile');
  });

  it('returns null when the document already reads as the version', () => {
    const doc = new Y.Doc();
    doc.getText('text').insert(0, 'same');
    expect(restoreUpdate(doc, Y.encodeStateAsUpdate(doc), KEEP)).toBeNull();
  });
});
