import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clipboardText, collectTexts, refusedTexts } from './refused-text';

describe('refused text', () => {
  it('collects typed texts: Y.Text fields and cells, rich text of a canvas note, not ids or styles', () => {
    const doc = new Y.Doc();
    doc.getText('text:title').insert(0, 'Language learning');
    const rows = doc.getArray<Y.Map<unknown>>('list:rows');
    const row = new Y.Map<unknown>();
    rows.push([row]);
    const cell = new Y.Text();
    row.set('actions', cell);
    row.set('id', 'row-1');
    cell.insert(0, '  Map the courses  ');
    doc.getMap('tldraw').set('shape:a', {
      id: 'shape:a',
      type: 'note',
      props: {
        color: 'yellow',
        richText: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ask the library' }] }],
        },
      },
    });
    expect(collectTexts(doc).sort()).toEqual(['Ask the library', 'Language learning', 'Map the courses']);
  });

  it('reads roots that arrived from another document without being asked for', () => {
    const source = new Y.Doc();
    source.getText('text:notes').insert(0, 'From the mentor');
    source.getMap('board').set('kind', 'free');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
    expect(collectTexts(copy)).toEqual(['From the mentor']);
  });

  it('keeps what the server does not have, in order, and joins it for the clipboard', () => {
    const refused = refusedTexts(['Plan', 'Plan the visit', 'Not allowed'], ['Plan', 'Other']);
    expect(refused).toEqual(['Plan the visit', 'Not allowed']);
    expect(clipboardText(refused)).toBe('Plan the visit\n\nNot allowed');
  });
});
