import { actionPlan, actionRows, readActionPlan } from '@mentoring/shared/doc/action-plan';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planChecks, planForChecks, samePlanChecks } from './plan-checks';

const ana = { memberId: 'ana', name: 'Ana' };
const full = {
  actions: 'Language café',
  results: 'Practice',
  timeframe: '2025',
  lead: 'Library',
  resources: 'Two staff',
  successMeasure: '200 visits',
};

describe('plan checks', () => {
  it('group issues by row and keep unchanged rows identical', () => {
    const doc = new Y.Doc();
    actionPlan.create(doc, { title: 'Plan' });
    const good = actionRows.insert(doc, { by: ana, values: full });
    const vague = actionRows.insert(doc, { by: ana, values: { ...full, successMeasure: 'Better' } });
    const empty = actionRows.insert(doc, { by: ana, values: { ...full, lead: '', resources: '' } });
    const first = planChecks(readActionPlan(doc), null);
    expect(first.rows.has(good)).toBe(false);
    expect(first.rows.get(vague)).toMatchObject({ empty: [], notMeasurable: true });
    expect(first.rows.get(empty)).toMatchObject({ empty: ['lead', 'resources'], notMeasurable: false });

    actionRows.text(doc, empty, 'lead')?.insert(0, 'Library');
    const second = planChecks(readActionPlan(doc), first);
    expect(second.rows.get(vague)).toBe(first.rows.get(vague));
    expect(second.rows.get(empty)).toMatchObject({ empty: ['resources'] });
    expect(second.completeness.emptyHeader).toEqual(['menteeCity', 'mentorCity', 'date', 'version']);
    expect(samePlanChecks(second, planChecks(readActionPlan(doc), second))).toBe(true);
    expect(samePlanChecks(first, second)).toBe(false);
  });

  it('read the same plan straight from the document as from its validated JSON form', () => {
    const doc = new Y.Doc();
    actionPlan.create(doc, { title: 'Plan', menteeCity: 'Riga' });
    actionPlan.set(doc, 'date', '2025-03-01');
    const kept = actionRows.insert(doc, { by: ana, values: { ...full, needs: ['challenge'] } });
    const gone = actionRows.insert(doc, { by: ana, values: { ...full, lead: '' } });
    actionRows.insert(doc, { by: ana, index: 0, values: { actions: 'First' } });
    actionRows.remove(doc, gone, ana);
    const light = planChecks(planForChecks(doc), null);
    const full_ = planChecks(readActionPlan(doc), null);
    expect(light.completeness).toEqual(full_.completeness);
    expect([...light.rows.keys()]).toEqual([...full_.rows.keys()]);
    expect(light.rows.has(kept)).toBe(false);
  });
});
