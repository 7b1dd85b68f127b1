import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionPlan, actionRows, createActionPlan, readActionPlan } from '../doc/action-plan.js';
import { addComment } from '../doc/comments.js';
import { createNeedsAnalysis, needsAnalysisText, readNeedsAnalysis } from '../doc/needs-analysis.js';
import { agendaItems, createVisitAgenda, readVisitAgenda, visits } from '../doc/visit-agenda.js';
import type { PersonRef } from '../schema/templates/common.js';
import { compareBoards, type RowComparison } from './compare-boards.js';

const ana: PersonRef = { memberId: 'member-ana', name: 'Ana' };

/** A copy of `doc` to edit as "the next version". */
function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

const summary = (rows: readonly RowComparison[]) =>
  rows.map((row) => ({
    id: row.id,
    status: row.status,
    moved: row.moved,
    cells: row.cells.map((c) => c.path),
  }));

describe('compare boards', () => {
  it('marks exactly the action-plan rows and cells that changed', () => {
    const doc = new Y.Doc();
    createActionPlan(doc, { title: 'Plan ñ', menteeCity: 'Rīga', mentorCity: 'Málaga', date: '2025-03-01' });
    actionPlan.text(doc, 'version').insert(0, 'after visit 1');
    const values = (n: number) => ({
      actions: `Action ${n} ç`,
      results: `Result ${n} Ελληνικά`,
      timeframe: '2025',
      lead: 'City',
      resources: 'Staff',
      successMeasure: `${n}00 people`,
    });
    const one = actionRows.insert(doc, { by: ana, values: values(1) });
    const two = actionRows.insert(doc, { by: ana, values: values(2) });
    const three = actionRows.insert(doc, { by: ana, values: { ...values(3), needs: ['challenge'] } });
    const before = readActionPlan(doc);

    const next = fork(doc);
    actionPlan.text(next, 'version').delete(0, 'after visit 1'.length);
    actionPlan.text(next, 'version').insert(0, 'after visit 2');
    actionRows.remove(next, one, ana);
    actionRows.text(next, two, 'results')?.insert('Result 2 '.length, 'and more ');
    actionRows.toggle(next, three, 'needs', 'obstacles', true);
    const four = actionRows.insert(next, { by: ana, values: values(4) });
    addComment(next, {
      target: { itemId: two },
      author: ana,
      text: 'Comments are not content',
      createdAt: '2025-05-01T00:00:00Z',
    });
    const after = readActionPlan(next);

    const result = compareBoards(before, after);
    expect(result.changed).toBe(true);
    expect(result.fields.map((f) => f.path)).toEqual(['version']);
    expect(result.fields[0]?.segments).toEqual([
      { kind: 'same', text: 'after visit ' },
      { kind: 'removed', text: '1' },
      { kind: 'added', text: '2' },
    ]);
    expect(result.lists.map((l) => l.path)).toEqual(['rows']);
    const rows = result.lists[0]?.rows ?? [];
    expect(summary(rows)).toEqual([
      { id: one, status: 'removed', moved: false, cells: [] },
      { id: two, status: 'changed', moved: false, cells: ['results'] },
      { id: three, status: 'changed', moved: false, cells: ['needs'] },
      { id: four, status: 'added', moved: false, cells: [] },
    ]);
    expect(rows[1]?.cells[0]?.segments).toEqual([
      { kind: 'same', text: 'Result 2 ' },
      { kind: 'added', text: 'and more ' },
      { kind: 'same', text: 'Ελληνικά' },
    ]);
    expect(rows[2]?.cells[0]?.segments).toEqual([
      { kind: 'same', text: 'challenge' },
      { kind: 'added', text: 'obstacles' },
    ]);
    expect(rows[0]?.before).toMatchObject({ actions: 'Action 1 ç' });
    expect(rows[3]?.after).toMatchObject({ actions: 'Action 4 ç' });
  });

  it('reports a moved row without calling its content changed', () => {
    const doc = new Y.Doc();
    createActionPlan(doc);
    const ids = ['a', 'b', 'c'].map((actions) => actionRows.insert(doc, { by: ana, values: { actions } }));
    const next = fork(doc);
    actionRows.move(next, ids[2] ?? '', 0);
    const result = compareBoards(readActionPlan(doc), readActionPlan(next));
    expect(result.changed).toBe(true);
    expect(summary(result.lists[0]?.rows ?? [])).toEqual([
      { id: ids[2], status: 'same', moved: true, cells: [] },
      { id: ids[0], status: 'same', moved: false, cells: [] },
      { id: ids[1], status: 'same', moved: false, cells: [] },
    ]);
  });

  it('finds the changed fields of a needs analysis, nested ones included', () => {
    const doc = new Y.Doc();
    createNeedsAnalysis(doc, { challenge: 'Too few courses ñ', obstacles: 'Funding' });
    needsAnalysisText(doc, 'localContext.sensitivities.funding').insert(0, 'Budget cuts ā ē ī');
    const next = fork(doc);
    needsAnalysisText(next, 'challenge').insert(0, 'Far ');
    needsAnalysisText(next, 'localContext.population').insert(0, '600 000');
    const result = compareBoards(readNeedsAnalysis(doc), readNeedsAnalysis(next));
    expect(result.fields.map((f) => [f.path, f.before, f.after])).toEqual([
      ['challenge', 'Too few courses ñ', 'Far Too few courses ñ'],
      ['localContext.population', '', '600 000'],
    ]);
    expect(result.lists).toEqual([]);
    expect(compareBoards(readNeedsAnalysis(doc), readNeedsAnalysis(fork(doc))).changed).toBe(false);
  });

  it('compares nested lists within a row', () => {
    const doc = new Y.Doc();
    createVisitAgenda(doc);
    const visit = visits.insert(doc, {
      by: ana,
      values: { title: 'Groundwork', agenda: [{ title: 'Recap' }] },
    });
    const next = fork(doc);
    const owner = visits.item(next, visit);
    if (!owner) throw new Error('missing visit');
    const added = agendaItems.insert(owner, { by: ana, values: { title: 'Focus group', time: '10:30' } });
    const result = compareBoards(readVisitAgenda(doc), readVisitAgenda(next));
    const [row] = result.lists[0]?.rows ?? [];
    expect(row).toMatchObject({ id: visit, status: 'changed', cells: [] });
    expect(row?.lists.map((l) => [l.path, l.rows.map((r) => r.status)])).toEqual([
      ['agenda', ['same', 'added']],
    ]);
    expect(row?.lists[0]?.rows[1]?.id).toBe(added);
  });

  it('refuses to compare boards of different kinds', () => {
    expect(() => compareBoards(readActionPlan(new Y.Doc()), readNeedsAnalysis(new Y.Doc()))).toThrow(
      /cannot compare/,
    );
  });
});
