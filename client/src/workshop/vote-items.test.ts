import type { Editor } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { plainText, sameItems, stickiesOf } from './vote-items';

describe('plainText', () => {
  it('joins paragraphs of a rich text with new lines', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Language ' },
            { type: 'text', text: 'cafés' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'with volunteers' }] },
      ],
    };
    expect(plainText(doc)).toBe('Language cafés\nwith volunteers');
    expect(plainText(null)).toBe('');
  });
});

describe('stickiesOf', () => {
  const text = (t: string) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }],
  });
  const records = new Map<string, object>([
    ['shape:a', { typeName: 'shape', type: 'note', props: { richText: text(' Housing desk ') } }],
    ['shape:b', { typeName: 'shape', type: 'geo', props: {} }],
    ['shape:c', { typeName: 'shape', type: 'note', props: { richText: text('Language café') } }],
  ]);
  const editor = {
    getCurrentPageShapeIds: () => new Set(records.keys()),
    store: { unsafeGetWithoutCapture: (id: string) => records.get(id) },
  } as unknown as Editor;

  it('lists the notes of the page with their trimmed text, in page order', () => {
    expect(stickiesOf(editor)).toEqual([
      { id: 'shape:a', label: 'Housing desk' },
      { id: 'shape:c', label: 'Language café' },
    ]);
  });

  it('tells equal lists apart from changed ones', () => {
    expect(sameItems(stickiesOf(editor), stickiesOf(editor))).toBe(true);
    expect(sameItems(stickiesOf(editor), [{ id: 'shape:a', label: 'Housing desk' }])).toBe(false);
    expect(sameItems([{ id: 'x', label: 'a' }], [{ id: 'x', label: 'b' }])).toBe(false);
  });
});
