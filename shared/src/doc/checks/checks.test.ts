import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { PersonRef } from '../../schema/templates/common.js';
import { actionRows, createActionPlan, readActionPlan } from '../action-plan.js';
import { createBenchmark, keyFactors, readBenchmark } from '../benchmark.js';
import { createSupportNetwork, networkMembers, readSupportNetwork } from '../support-network.js';
import { actionPlanCompleteness } from './action-plan-completeness.js';
import { benchmarkCoverage } from './benchmark-coverage.js';
import { isMeasurable } from './measurable.js';
import { supportNetworkWarnings } from './support-network-warnings.js';

const ana: PersonRef = { memberId: 'member-ana', name: 'Ana' };
const full = {
  actions: 'Open a language café',
  results: 'Informal practice',
  timeframe: '2025',
  lead: 'Library',
};

describe('measurable success criteria', () => {
  it.each([
    '200 participants by June',
    'Attendance rises by 20%',
    'At least half of the volunteers trained',
    'A survey of learners shows satisfaction',
    'Al menos diez voluntarios formados',
    'La tasa de abandono se reduce',
    'Número de participantes en los cursos',
    'Evaluación en diciembre',
  ])('"%s" is measurable', (text) => expect(isMeasurable(text)).toBe(true));

  it.each([
    'Better integration',
    'Migrants feel welcome',
    'Mejor convivencia',
    'Una ciudad más inclusiva',
    '',
  ])('"%s" is not', (text) => expect(isMeasurable(text)).toBe(false));
});

describe('action plan completeness', () => {
  it('flags empty columns and unmeasurable criteria, per row', () => {
    const doc = new Y.Doc();
    createActionPlan(doc, { title: 'Plan', menteeCity: 'Capaci', mentorCity: 'Mechelen', version: '1' });
    const good = actionRows.insert(doc, {
      by: ana,
      values: { ...full, resources: 'Two staff', successMeasure: '300 visits' },
    });
    const vague = actionRows.insert(doc, {
      by: ana,
      values: { ...full, resources: 'Staff', successMeasure: 'More contact' },
    });
    const empty = actionRows.insert(doc, { by: ana, values: { ...full, lead: ' ' } });
    const result = actionPlanCompleteness(readActionPlan(doc));
    expect(result.complete).toBe(false);
    expect(result.emptyHeader).toEqual(['date']);
    expect(result.issues).toEqual([
      { kind: 'not-measurable', rowId: vague, position: 2 },
      { kind: 'empty-column', rowId: empty, position: 3, column: 'lead' },
      { kind: 'empty-column', rowId: empty, position: 3, column: 'resources' },
      { kind: 'empty-column', rowId: empty, position: 3, column: 'successMeasure' },
    ]);
    expect(result.incompleteRowIds).toEqual([vague, empty]);
    expect(result.incompleteRowIds).not.toContain(good);
  });

  it('calls a plan with a full header and complete rows complete, and an empty plan not', () => {
    const doc = new Y.Doc();
    createActionPlan(doc, { title: 'P', menteeCity: 'A', mentorCity: 'B', version: '1', date: '2025-05-01' });
    expect(actionPlanCompleteness(readActionPlan(doc)).complete).toBe(false);
    actionRows.insert(doc, { by: ana, values: { ...full, resources: 'Staff', successMeasure: '10 cafés' } });
    expect(actionPlanCompleteness(readActionPlan(doc))).toMatchObject({ complete: true, issues: [] });
  });
});

describe('benchmark coverage', () => {
  it('counts, per key factor, the action rows linked to it', () => {
    const bench = new Y.Doc();
    createBenchmark(bench);
    const volunteering = keyFactors.insert(bench, {
      by: ana,
      values: { title: 'Volunteering', assessment: 'gap', focus: true },
    });
    const information = keyFactors.insert(bench, { by: ana, values: { title: 'Information', focus: true } });
    const plan = new Y.Doc();
    const one = actionRows.insert(plan, {
      by: ana,
      values: { keyFactorIds: [volunteering, 'deleted-factor'] },
    });
    const two = actionRows.insert(plan, { by: ana, values: { keyFactorIds: [volunteering] } });
    const coverage = benchmarkCoverage(readBenchmark(bench), [readActionPlan(plan)]);
    expect(
      coverage.keyFactors.map((f) => [f.position, f.title, f.assessment, f.actionCount, f.rowIds]),
    ).toEqual([
      [1, 'Volunteering', 'gap', 2, [one, two]],
      [2, 'Information', 'not-assessed', 0, []],
    ]);
    expect(coverage.byAssessment).toEqual({ strength: 0, partly: 0, gap: 1, 'not-assessed': 1 });
    expect(coverage.focusWithoutActions).toEqual([information]);
    expect(coverage.unknownLinks).toEqual(['deleted-factor']);
  });
});

describe('support network warnings', () => {
  it('warns without a migrant representative and past ten members', () => {
    const doc = new Y.Doc();
    createSupportNetwork(doc);
    expect(supportNetworkWarnings(readSupportNetwork(doc))).toEqual([{ kind: 'no-migrant-representative' }]);
    for (let i = 0; i < 10; i++) networkMembers.insert(doc, { by: ana, values: { kind: 'ngo' } });
    expect(supportNetworkWarnings(readSupportNetwork(doc))).toEqual([{ kind: 'no-migrant-representative' }]);
    const rep = networkMembers.insert(doc, { by: ana, values: { kind: 'ngo', migrantRepresentative: true } });
    expect(supportNetworkWarnings(readSupportNetwork(doc))).toEqual([
      { kind: 'too-many-members', count: 11, max: 10 },
    ]);
    networkMembers.remove(doc, rep, ana);
    networkMembers.insert(doc, { by: ana, values: { kind: 'migrant-association' } });
    expect(supportNetworkWarnings(readSupportNetwork(doc))).toEqual([
      { kind: 'too-many-members', count: 11, max: 10 },
    ]);
  });
});
