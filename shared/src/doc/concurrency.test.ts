import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonRef } from '../schema/templates/common.js';
import { TEMPLATE_KINDS } from '../schema/templates/kinds.js';
import { actionPlan, actionRows, createActionPlan, readActionPlan } from './action-plan.js';
import { readTemplate, templateDocs } from './registry.js';
import { type TestNetwork, testNetwork } from './test-sync.js';
import { agendaItems, createVisitAgenda, readVisitAgenda, visits } from './visit-agenda.js';

const ana: PersonRef = { memberId: 'member-ana', name: 'Ana' };
const bo: PersonRef = { memberId: 'member-bo', name: 'Bo', organisation: 'Mentor city' };

let net: TestNetwork;
afterEach(() => net.destroy());

/** Two synced clients on an action plan with rows `first` and `second`. */
function twoClientsWithRows() {
  net = testNetwork(2);
  const [a, b] = net.docs as [Y.Doc, Y.Doc];
  createActionPlan(a, { title: 'Plan' });
  const first = actionRows.insert(a, { by: ana, values: { actions: 'First' } });
  const second = actionRows.insert(a, { by: ana, values: { actions: 'Second', lead: 'Ana' } });
  net.flush();
  return { a, b, first, second };
}

function cell(doc: Y.Doc, row: string, column: 'actions' | 'lead'): Y.Text {
  const text = actionRows.text(doc, row, column);
  if (!text) throw new Error(`no row ${row}`);
  return text;
}

describe('action plan under concurrent edits', () => {
  it('keeps the text of two people typing in the same cell', () => {
    const { a, b, first } = twoClientsWithRows();
    cell(a, first, 'actions').insert(0, 'Ana: ');
    cell(b, first, 'actions').insert('First'.length, ' (Bo adds this)');
    cell(b, first, 'actions').insert(0, '>');
    net.flush();
    // Two inserts at the same place are ordered by client id: either order, the same everywhere.
    expect(['>Ana: First (Bo adds this)', 'Ana: >First (Bo adds this)']).toContain(
      readActionPlan(a).rows[0]?.actions,
    );
    expect(readActionPlan(b)).toEqual(readActionPlan(a));
  });

  it('keeps an edit made to a row while another client moves it', () => {
    const { a, b, first, second } = twoClientsWithRows();
    expect(actionRows.move(a, second, 0)).toBe(true);
    cell(b, second, 'lead').insert(3, ' and Bo');
    net.flush();
    const plan = readActionPlan(a);
    expect(plan.rows.map((row) => row.id)).toEqual([second, first]);
    expect(plan.rows[0]).toMatchObject({ lead: 'Ana and Bo', proposedBy: ana });
    expect(readActionPlan(b)).toEqual(plan);
  });

  it('hides a row deleted while another client edits it, and keeps the edit for restore', () => {
    const { a, b, first, second } = twoClientsWithRows();
    actionRows.remove(a, second, ana, '2025-03-01T10:00:00.000Z');
    cell(b, second, 'lead').insert(0, 'Bo and ');
    net.flush();
    // The delete wins for what everyone sees...
    expect(readActionPlan(a).rows.map((row) => row.id)).toEqual([first]);
    expect(readActionPlan(b)).toEqual(readActionPlan(a));
    // ...but the row, with the concurrent edit, is kept and can be restored at its place.
    const [trashed] = actionRows.trash(b);
    expect(trashed).toMatchObject({ item: { id: second, lead: 'Bo and Ana' }, deleted: { by: ana } });
    actionRows.restore(b, second);
    net.flush();
    expect(readActionPlan(a).rows.map((row) => [row.id, row.lead])).toEqual([
      [first, ''],
      [second, 'Bo and Ana'],
    ]);
  });

  it('loses a concurrent edit only when the row is purged', () => {
    const { a, b, first, second } = twoClientsWithRows();
    actionRows.purge(a, second);
    cell(b, second, 'lead').insert(0, 'lost ');
    net.flush();
    expect(readActionPlan(b).rows.map((row) => row.id)).toEqual([first]);
    expect(actionRows.trash(b)).toEqual([]);
  });

  it('orders rows inserted at the same place by two clients the same way everywhere', () => {
    const { a, b, first, second } = twoClientsWithRows();
    const fromA = actionRows.insert(a, { by: ana, index: 1 });
    const fromB = actionRows.insert(b, { by: bo, index: 1 });
    net.flush();
    const ids = readActionPlan(a).rows.map((row) => row.id);
    expect(ids).toEqual(readActionPlan(b).rows.map((row) => row.id));
    expect(ids[0]).toBe(first);
    expect(ids[3]).toBe(second);
    expect(new Set(ids.slice(1, 3))).toEqual(new Set([fromA, fromB]));
    // A row can still be inserted between the two.
    const between = actionRows.insert(a, { by: ana, index: 2 });
    expect(actionRows.ids(a)[2]).toBe(between);
  });

  it('converges when two clients move the same row', () => {
    const { a, b, first, second } = twoClientsWithRows();
    const third = actionRows.insert(a, { by: ana });
    net.flush();
    actionRows.move(a, first, 2);
    actionRows.move(b, first, 1);
    net.flush();
    const ids = actionRows.ids(a);
    expect(ids).toEqual(actionRows.ids(b));
    expect(new Set(ids)).toEqual(new Set([first, second, third]));
  });

  it('keeps both links added concurrently; an add beats a concurrent remove', () => {
    const { a, b, first } = twoClientsWithRows();
    actionRows.toggle(a, first, 'keyFactorIds', 'kf-1', true);
    net.flush();
    actionRows.toggle(a, first, 'keyFactorIds', 'kf-2', true);
    actionRows.toggle(b, first, 'keyFactorIds', 'kf-3', true);
    actionRows.toggle(a, first, 'needs', 'obstacles', false);
    actionRows.toggle(b, first, 'needs', 'obstacles', true);
    actionRows.toggle(b, first, 'keyFactorIds', 'kf-1', false);
    actionRows.toggle(a, first, 'keyFactorIds', 'kf-1', true);
    net.flush();
    const row = readActionPlan(b).rows[0];
    expect(row?.keyFactorIds).toEqual(['kf-1', 'kf-2', 'kf-3']);
    expect(row?.needs).toEqual(['obstacles']);
  });

  it('keeps an agenda item edit while its visit is moved', () => {
    net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    createVisitAgenda(a);
    visits.insert(a, { by: ana, values: { title: 'One' } });
    const two = visits.insert(a, { by: ana, values: { title: 'Two', agenda: [{ title: 'Recap' }] } });
    net.flush();
    visits.move(a, two, 0);
    const owner = visits.item(b, two);
    if (!owner) throw new Error('missing visit');
    const [itemId] = agendaItems.ids(owner);
    agendaItems.text(owner, itemId ?? '', 'title')?.insert(5, ' of needs');
    net.flush();
    const agenda = readVisitAgenda(a);
    expect(agenda.visits[0]?.agenda[0]?.title).toBe('Recap of needs');
    expect(readVisitAgenda(b)).toEqual(agenda);
  });
});

describe('initialisation on an empty document', () => {
  it.each(TEMPLATE_KINDS)('%s: two clients creating at once converge to one structure', (kind) => {
    net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    templateDocs[kind].create(a);
    templateDocs[kind].create(b);
    net.flush();
    expect(readTemplate(kind, a)).toEqual(readTemplate(kind, b));
    expect(a.getMap('board').toJSON()).toEqual({ kind, layoutVersion: 1 });
    expect(Y.encodeStateAsUpdate(a)).toEqual(Y.encodeStateAsUpdate(b));
  });

  it('merges two clients creating at once into one structure, keeping text typed before sync', () => {
    net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    const init = { title: 'Language plan', menteeCity: 'Capaci', mentorCity: 'Mechelen' };
    expect(createActionPlan(a, init)).toBe(true);
    expect(createActionPlan(b, init)).toBe(true);
    actionPlan.text(a, 'title').insert('Language plan'.length, ' 2025');
    actionPlan.text(b, 'version').insert(0, 'draft');
    const rowA = actionRows.insert(a, { by: ana, values: { actions: 'From A' } });
    net.flush();
    const plan = readActionPlan(a);
    expect(plan).toEqual(readActionPlan(b));
    expect(plan).toMatchObject({ title: 'Language plan 2025', menteeCity: 'Capaci', version: 'draft' });
    expect(plan.rows.map((row) => row.id)).toEqual([rowA]);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect([...a.share.keys()].sort()).toEqual([...b.share.keys()].sort());
    // Creating again, here or anywhere, changes nothing.
    expect(createActionPlan(b, init)).toBe(false);
  });

  it('keeps both texts when clients create with different values (nothing is lost)', () => {
    net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    actionPlan.text(b, 'title').insert(0, 'typed first');
    createActionPlan(a, { title: 'A' });
    createActionPlan(b, { title: 'B' });
    net.flush();
    const title = readActionPlan(a).title;
    expect(title).toBe(readActionPlan(b).title);
    for (const part of ['typed first', 'A', 'B']) expect(title).toContain(part);
  });

  it('lets a late client create a board that others already created and edited, without effect', () => {
    net = testNetwork(2);
    const [a, b] = net.docs as [Y.Doc, Y.Doc];
    createActionPlan(a, { title: 'Plan' });
    actionPlan.text(a, 'title').delete(0, 4);
    actionPlan.text(a, 'title').insert(0, 'Final plan');
    // b was offline and initialises its empty copy with the same values before syncing.
    createActionPlan(b, { title: 'Plan' });
    net.flush();
    expect(readActionPlan(a).title).toBe('Final plan');
    expect(readActionPlan(b).title).toBe('Final plan');
  });
});
