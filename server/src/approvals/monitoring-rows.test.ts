import { monitoredActions, monitoringNotes, readMonitoring } from '@mentoring/shared/doc/monitoring';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMonitoringRows, monitoringCardId } from './monitoring-rows.js';

const ACTIONS = [
  { actionId: 'row-buddy', title: 'Buddy project' },
  { actionId: 'row-desk', title: 'Welcome desk' },
];
const by = { memberId: 'm-1', name: 'Inés' };

/** Applies every update of each doc to the other (two nodes' rooms meeting through the relay). */
function merge(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

describe('monitoring cards of an approved plan', () => {
  it('makes one card per action when two approvals add them at once on two copies', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expect(addMonitoringRows(a, ACTIONS, by)).toBe(2);
    expect(addMonitoringRows(b, ACTIONS, { memberId: 'm-2', name: 'Jan' })).toBe(2);
    merge(a, b);
    for (const doc of [a, b]) {
      const actions = readMonitoring(doc).actions;
      expect(actions.map((row) => row.actionId)).toEqual(['row-buddy', 'row-desk']);
      expect(actions.map((row) => row.id)).toEqual(ACTIONS.map((row) => monitoringCardId(row.actionId)));
    }
    // Both replicas keep the same card of the two (same id): what one edits, the other shows.
    monitoredActions.set(a, monitoringCardId('row-buddy'), 'status', 'on-track');
    merge(a, b);
    expect(readMonitoring(b).actions[0]?.status).toBe('on-track');
  });

  it('adds only what is not followed yet, and brings a deleted card back with its notes', () => {
    const doc = new Y.Doc();
    addMonitoringRows(doc, ACTIONS.slice(0, 1), by);
    const id = monitoringCardId('row-buddy');
    monitoringNotes.insert(monitoredActions.item(doc, id)!, { by, values: { text: 'First pairs met' } });
    monitoredActions.remove(doc, id, by);
    expect(readMonitoring(doc).actions).toHaveLength(0);
    expect(addMonitoringRows(doc, ACTIONS, by)).toBe(2);
    expect(addMonitoringRows(doc, ACTIONS, by)).toBe(0);
    const back = readMonitoring(doc).actions.find((row) => row.id === id);
    expect(back?.notes.map((note) => note.text)).toEqual(['First pairs met']);
  });
});
