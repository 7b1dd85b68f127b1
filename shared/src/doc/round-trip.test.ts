import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ActionPlanSchema } from '../schema/templates/action-plan.js';
import { BenchmarkSchema } from '../schema/templates/benchmark.js';
import type { PersonRef } from '../schema/templates/common.js';
import { GoodPracticeBoardSchema } from '../schema/templates/good-practice.js';
import { MentorStrengthsSchema } from '../schema/templates/mentor-strengths.js';
import { NeedsAnalysisSchema } from '../schema/templates/needs-analysis.js';
import { SupportNetworkSchema } from '../schema/templates/support-network.js';
import { VisitAgendaSchema } from '../schema/templates/visit-agenda.js';
import { actionPlan, actionRows, createActionPlan, readActionPlan } from './action-plan.js';
import {
  benchmark,
  contextFactors,
  createBenchmark,
  keyFactorExamples,
  keyFactors,
  readBenchmark,
} from './benchmark.js';
import { addComment } from './comments.js';
import { createGoodPracticeBoard, goodPractices, readGoodPracticeBoard } from './good-practice.js';
import { createMentorStrengths, mentorStrengthsText, readMentorStrengths } from './mentor-strengths.js';
import {
  createNeedsAnalysis,
  NEEDS_ANALYSIS_FIELDS,
  needsAnalysisText,
  readNeedsAnalysis,
} from './needs-analysis.js';
import {
  createSupportNetwork,
  networkMembers,
  readSupportNetwork,
  supportNetwork,
} from './support-network.js';
import { agendaItems, createVisitAgenda, readVisitAgenda, visitAgenda, visits } from './visit-agenda.js';

const ana: PersonRef = { memberId: 'member-ana', name: 'Ana', organisation: 'City of Valencia' };
const bo: PersonRef = { memberId: 'member-bo', name: 'Bo' };
const at = '2025-03-01T10:00:00.000Z';

// Round trip: JSON read from the doc, serialised and parsed again by the schema, is unchanged.
function roundTrip<T>(schema: { parse(value: unknown): T }, value: T): T {
  const parsed = schema.parse(JSON.parse(JSON.stringify(value)));
  expect(parsed).toEqual(value);
  return parsed;
}

describe('template round trips', () => {
  it('needs analysis: every field, comments', () => {
    const doc = new Y.Doc();
    expect(createNeedsAnalysis(doc, { challenge: 'Too few language courses' })).toBe(true);
    NEEDS_ANALYSIS_FIELDS.forEach((field, i) => {
      if (field !== 'challenge') needsAnalysisText(doc, field).insert(0, `answer ${i}`);
    });
    addComment(doc, { target: { field: 'challenge' }, author: bo, text: 'Which districts?', createdAt: at });
    const json = roundTrip(NeedsAnalysisSchema, readNeedsAnalysis(doc));
    expect(json.challenge).toBe('Too few language courses');
    expect(json.localContext.population).toMatch(/^answer \d+$/);
    expect(json.nationalContext.sensitivities.legislation).toMatch(/^answer/);
    expect(json.comments).toEqual([
      expect.objectContaining({ target: { field: 'challenge' }, author: bo, text: 'Which districts?' }),
    ]);
  });

  it('mentor strengths', () => {
    const doc = new Y.Doc();
    createMentorStrengths(doc, { experienceAreas: 'Language learning' });
    mentorStrengthsText(doc, 'localContext.sensitivities.publicAttitudes').insert(0, 'Mostly positive');
    const json = roundTrip(MentorStrengthsSchema, readMentorStrengths(doc));
    expect(json).toMatchObject({
      kind: 'mentor-strengths',
      experienceAreas: 'Language learning',
      localContext: { sensitivities: { publicAttitudes: 'Mostly positive' } },
    });
  });

  it('good practice: several practices with sections', () => {
    const doc = new Y.Doc();
    createGoodPracticeBoard(doc);
    const first = goodPractices.insert(doc, {
      by: ana,
      values: { name: 'Buddy project', 'results.change': 'More contacts' },
    });
    const second = goodPractices.insert(doc, { by: bo, index: 0, values: { name: 'Language cafe' } });
    goodPractices.text(doc, first, 'transferability.dosAndDonts')?.insert(0, 'Do train the buddies');
    const json = roundTrip(GoodPracticeBoardSchema, readGoodPracticeBoard(doc));
    expect(json.practices.map((p) => p.id)).toEqual([second, first]);
    expect(json.practices[1]).toMatchObject({
      proposedBy: ana,
      name: 'Buddy project',
      results: { change: 'More contacts', beneficiaries: '' },
      transferability: { dosAndDonts: 'Do train the buddies' },
    });
  });

  it('support network: members, kinds, roles', () => {
    const doc = new Y.Doc();
    createSupportNetwork(doc, { purpose: 'Advise on the language plan' });
    const id = networkMembers.insert(doc, {
      by: ana,
      values: { name: 'Samira', organisation: 'Migrant forum' },
    });
    networkMembers.set(doc, id, 'kind', 'migrant-association');
    networkMembers.set(doc, id, 'migrantRepresentative', true);
    supportNetwork.text(doc, 'roles.prepareVisits').insert(0, 'Suggest sites');
    const json = roundTrip(SupportNetworkSchema, readSupportNetwork(doc));
    expect(json.roles.prepareVisits).toBe('Suggest sites');
    expect(json.members).toEqual([
      {
        id,
        proposedBy: ana,
        name: 'Samira',
        organisation: 'Migrant forum',
        role: '',
        kind: 'migrant-association',
        migrantRepresentative: true,
      },
    ]);
  });

  it('action plan: header, rows, links', () => {
    const doc = new Y.Doc();
    createActionPlan(doc, {
      title: 'Language plan',
      menteeCity: 'Capaci',
      mentorCity: 'Mechelen',
      date: '2025-03-01',
    });
    actionPlan.text(doc, 'version').insert(0, 'v1');
    const row = actionRows.insert(doc, {
      by: ana,
      values: { actions: 'Open a language cafe', needs: ['challenge'] },
    });
    actionRows.text(doc, row, 'successMeasure')?.insert(0, '200 visits a year');
    actionRows.toggle(doc, row, 'keyFactorIds', 'factor-8', true);
    const json = roundTrip(ActionPlanSchema, readActionPlan(doc));
    expect(json).toMatchObject({ title: 'Language plan', date: '2025-03-01', version: 'v1' });
    expect(json.rows).toEqual([
      {
        id: row,
        proposedBy: ana,
        actions: 'Open a language cafe',
        results: '',
        timeframe: '',
        lead: '',
        resources: '',
        successMeasure: '200 visits a year',
        needs: ['challenge'],
        keyFactorIds: ['factor-8'],
      },
    ]);
  });

  it('benchmark: key factors with examples, assessment, focus; context factors', () => {
    const doc = new Y.Doc();
    createBenchmark(doc, { theme: 'Language learning' });
    benchmark.text(doc, 'introduction').insert(0, 'An ideal city');
    const factor = keyFactors.insert(doc, {
      by: ana,
      values: { title: 'Volunteering', examples: [{ title: 'Choir' }] },
    });
    keyFactors.set(doc, factor, 'assessment', 'gap');
    keyFactors.set(doc, factor, 'focus', true);
    const owner = keyFactors.item(doc, factor);
    if (!owner) throw new Error('missing key factor');
    keyFactorExamples.insert(owner, { by: bo, values: { title: 'Platform', link: 'https://example.org' } });
    contextFactors.insert(doc, { by: ana, values: { title: 'National course rules' } });
    const json = roundTrip(BenchmarkSchema, readBenchmark(doc));
    const [read] = json.keyFactors;
    expect(read).toMatchObject({ title: 'Volunteering', assessment: 'gap', focus: true });
    expect(read?.examples.map((e) => [e.title, e.proposedBy?.name])).toEqual([
      ['Choir', 'Ana'],
      ['Platform', 'Bo'],
    ]);
    expect(json.contextFactors[0]?.title).toBe('National course rules');
  });

  it('visit agenda: visits with agenda items', () => {
    const doc = new Y.Doc();
    createVisitAgenda(doc);
    visitAgenda.text(doc, 'overview').insert(0, 'Three visits in 2025');
    const visit = visits.insert(doc, {
      by: ana,
      values: {
        kind: 'groundwork',
        title: 'Groundwork',
        place: 'Capaci',
        date: '2025-04-02',
        agenda: [{ kind: 'recap', title: 'Recap' }],
      },
    });
    const owner = visits.item(doc, visit);
    if (!owner) throw new Error('missing visit');
    const item = agendaItems.insert(owner, {
      by: bo,
      values: { kind: 'focus-group', time: '10:30', boardId: 'board-1' },
    });
    agendaItems.move(owner, item, 0);
    const json = roundTrip(VisitAgendaSchema, readVisitAgenda(doc));
    const [read] = json.visits;
    expect(read).toMatchObject({ kind: 'groundwork', place: 'Capaci', date: '2025-04-02', endDate: '' });
    expect(read?.agenda.map((a) => [a.kind, a.time, a.boardId])).toEqual([
      ['focus-group', '10:30', 'board-1'],
      ['recap', '', null],
    ]);
  });

  it('reads an empty document as an empty board of the kind', () => {
    expect(readActionPlan(new Y.Doc())).toMatchObject({
      kind: 'action-plan',
      title: '',
      date: '',
      rows: [],
      comments: [],
    });
    expect(readBenchmark(new Y.Doc()).keyFactors).toEqual([]);
  });
});
