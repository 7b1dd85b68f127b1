import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docContent } from './doc-json.js';

describe('docContent', () => {
  it('reads maps, arrays and texts of a stored document without knowing their kinds', () => {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on('update', (u: Uint8Array) => updates.push(u));
    source.getMap('meta').set('title', 'Plan');
    source.getArray('rows').push([{ action: 'Volunteer tandems' }, 'two']);
    source.getText('notes').insert(0, 'Hello world');
    source.getText('notes').delete(0, 6);
    const nested = new Y.Map<unknown>();
    source.getMap('meta').set('nested', nested);
    nested.set('ok', true);

    const { content, yjsUpdate } = docContent(updates);
    expect(content).toEqual({
      meta: { title: 'Plan', nested: { ok: true } },
      rows: [{ action: 'Volunteer tandems' }, 'two'],
      notes: 'world',
    });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Buffer.from(yjsUpdate, 'base64'));
    expect(copy.getText('notes').toString()).toBe('world');
  });

  it('reads an empty document as an empty object', () => {
    expect(docContent([]).content).toEqual({});
  });
});
