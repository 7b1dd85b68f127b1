import { describe, expect, it } from 'vitest';
import { plainText } from './vote-items';

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
