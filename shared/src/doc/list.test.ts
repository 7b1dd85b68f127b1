import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonRef } from '../schema/templates/common.js';
import { actionRows, createActionPlan } from './action-plan.js';
import { keyFactors } from './benchmark.js';
import { ItemKey } from './items.js';
import { networkMembers } from './support-network.js';

const ana: PersonRef = { memberId: 'member-ana', name: 'Ana' };
const bo: PersonRef = { memberId: 'member-bo', name: 'Bo' };

function planWithRows(count: number) {
  const doc = new Y.Doc();
  createActionPlan(doc);
  const ids = Array.from({ length: count }, (_, i) =>
    actionRows.insert(doc, { by: i % 2 ? bo : ana, values: { actions: `row ${i}` } }),
  );
  return { doc, ids };
}

describe('list helpers', () => {
  it('inserts at the end by default, or at a position', () => {
    const { doc, ids } = planWithRows(3);
    const top = actionRows.insert(doc, { by: ana, index: 0 });
    const middle = actionRows.insert(doc, { by: ana, index: 2 });
    expect(actionRows.ids(doc)).toEqual([top, ids[0], middle, ids[1], ids[2]]);
  });

  it('lists the live items with their maps, in display order', () => {
    const { doc, ids } = planWithRows(4);
    actionRows.move(doc, ids[3]!, 0);
    actionRows.remove(doc, ids[1]!, ana);
    const live = actionRows.live(doc);
    expect(live.map((entry) => entry.id)).toEqual(actionRows.ids(doc));
    expect(live.map((entry) => entry.id)).toEqual([ids[3], ids[0], ids[2]]);
    for (const entry of live) expect(entry.map).toBe(actionRows.item(doc, entry.id));
  });

  it('accepts a chosen id and records the proposer', () => {
    const { doc } = planWithRows(0);
    actionRows.insert(doc, { by: bo, id: 'chosen-id' });
    expect(actionRows.read(doc, 'chosen-id')).toMatchObject({ id: 'chosen-id', proposedBy: bo });
    expect(() => actionRows.insert(doc, { by: ana, id: 'chosen-id' })).toThrow(/already exists/);
    expect(actionRows.ids(doc)).toEqual(['chosen-id']);
  });

  it('moves a row keeping its id, provenance and texts (the same Y.Map)', () => {
    const { doc, ids } = planWithRows(4);
    const [a, b, c, d] = ids as [string, string, string, string];
    const map = actionRows.item(doc, d);
    const text = actionRows.text(doc, d, 'actions');
    expect(actionRows.move(doc, d, 0)).toBe(true);
    expect(actionRows.ids(doc)).toEqual([d, a, b, c]);
    actionRows.move(doc, a, 99);
    expect(actionRows.ids(doc)).toEqual([d, b, c, a]);
    actionRows.move(doc, c, 1);
    expect(actionRows.ids(doc)).toEqual([d, c, b, a]);
    expect(actionRows.item(doc, d)).toBe(map);
    expect(actionRows.text(doc, d, 'actions')).toBe(text);
    expect(actionRows.read(doc, d)).toMatchObject({ actions: 'row 3', proposedBy: bo });
    expect(actionRows.move(doc, 'nope', 0)).toBe(false);
  });

  it('deletes into a trash, restores in place, purges for good', () => {
    const { doc, ids } = planWithRows(3);
    const [a, b, c] = ids as [string, string, string];
    expect(actionRows.remove(doc, b, bo, '2025-01-01T00:00:00.000Z')).toBe(true);
    expect(actionRows.remove(doc, b, bo)).toBe(false);
    expect(actionRows.ids(doc)).toEqual([a, c]);
    expect(actionRows.move(doc, b, 0)).toBe(false);
    actionRows.remove(doc, c, ana, '2025-01-02T00:00:00.000Z');
    expect(actionRows.trash(doc).map((t) => [t.item.id, t.deleted.by.name])).toEqual([
      [c, 'Ana'],
      [b, 'Bo'],
    ]);
    expect(actionRows.restore(doc, b)).toBe(true);
    expect(actionRows.restore(doc, b)).toBe(false);
    expect(actionRows.ids(doc)).toEqual([a, b]);
    expect(actionRows.purge(doc, c)).toBe(true);
    expect(actionRows.trash(doc)).toEqual([]);
    expect(actionRows.item(doc, c)).toBeUndefined();
  });

  it('validates plain values', () => {
    const doc = new Y.Doc();
    const id = keyFactors.insert(doc, { by: ana });
    expect(keyFactors.set(doc, id, 'assessment', 'strength')).toBe(true);
    expect(keyFactors.read(doc, id)?.assessment).toBe('strength');
    // @ts-expect-error: not an assessment
    expect(() => keyFactors.set(doc, id, 'assessment', 'great')).toThrow();
    expect(keyFactors.set(doc, 'nope', 'focus', true)).toBe(false);
  });

  it('types fields by the layout', () => {
    const { doc, ids } = planWithRows(1);
    const id = ids[0] ?? '';
    // @ts-expect-error: not a column of the action plan
    expect(actionRows.text(doc, id, 'colour')).toBeUndefined();
    // @ts-expect-error: `needs` is a set, not a text
    expect(actionRows.text(doc, id, 'needs')).toBeUndefined();
    // @ts-expect-error: rows have no plain values
    expect(actionRows.set(doc, id, 'date', '2025-01-01')).toBe(false);
    // @ts-expect-error: `focus` is a boolean
    expect(() => keyFactors.insert(doc, { by: ana, values: { focus: 'yes' } })).toThrow();
    // Nothing half-written stays behind.
    expect(doc.getArray('list:keyFactors').length).toBe(0);
    expect(actionRows.text(doc, id, 'lead')).toBeDefined();
  });

  it('reads malformed values written by another client as their fallback', () => {
    const doc = new Y.Doc();
    const id = networkMembers.insert(doc, { by: ana, values: { kind: 'union' } });
    const map = networkMembers.item(doc, id);
    map?.set('kind', 'astronaut');
    map?.set(ItemKey.proposedBy, { who: 'knows' });
    map?.set('name', 'not a Y.Text');
    expect(networkMembers.read(doc, id)).toMatchObject({ kind: 'other', proposedBy: null, name: '' });
    // Items without an id are skipped rather than failing the board.
    doc.getArray('list:members').push([new Y.Map<unknown>()]);
    expect(networkMembers.ids(doc)).toEqual([id]);
  });

  it('lazily adds a text field missing from an item (older layout)', () => {
    const { doc, ids } = planWithRows(1);
    const map = actionRows.item(doc, ids[0] ?? '');
    map?.delete('lead');
    expect(actionRows.read(doc, ids[0] ?? '')?.lead).toBe('');
    actionRows.text(doc, ids[0] ?? '', 'lead')?.insert(0, 'Ana');
    expect(actionRows.read(doc, ids[0] ?? '')?.lead).toBe('Ana');
  });
});
