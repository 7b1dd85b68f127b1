import { describe, expect, it } from 'vitest';
import { BoardKindSchema } from '../board.js';
import { ActionPlanSchema } from './action-plan.js';
import { BenchmarkSchema } from './benchmark.js';
import { CommentSchema } from './comments.js';
import { templateFields } from './fields.js';
import { TEMPLATE_KINDS } from './kinds.js';
import { templateSchemas } from './registry.js';
import { SupportNetworkSchema } from './support-network.js';
import { VisitAgendaSchema } from './visit-agenda.js';

const person = { memberId: 'm-1', name: 'Ana' };

const emptyPlan = {
  kind: 'action-plan',
  title: '',
  menteeCity: '',
  mentorCity: '',
  version: '',
  date: '',
  rows: [],
  comments: [],
};

describe('template schemas', () => {
  it('cover every board kind except the free canvas', () => {
    expect([...TEMPLATE_KINDS].sort()).toEqual(BoardKindSchema.options.filter((k) => k !== 'canvas').sort());
    expect(Object.keys(templateSchemas).sort()).toEqual([...TEMPLATE_KINDS].sort());
  });

  it('check dates, times and enums', () => {
    expect(ActionPlanSchema.safeParse(emptyPlan).success).toBe(true);
    expect(ActionPlanSchema.safeParse({ ...emptyPlan, date: '2025-02-30' }).success).toBe(false);
    expect(ActionPlanSchema.safeParse({ ...emptyPlan, date: 'next week' }).success).toBe(false);
    const factor = {
      id: 'kf',
      proposedBy: null,
      title: '',
      rationale: '',
      guidingQuestions: '',
      practicalTips: '',
      evidence: '',
      assessment: 'great',
      focus: false,
      examples: [],
    };
    const benchmark = { kind: 'benchmark', theme: '', introduction: '', contextFactors: [], comments: [] };
    expect(BenchmarkSchema.safeParse({ ...benchmark, keyFactors: [factor] }).success).toBe(false);
    expect(
      BenchmarkSchema.safeParse({ ...benchmark, keyFactors: [{ ...factor, assessment: 'partly' }] }).success,
    ).toBe(true);
    const item = {
      id: 'i',
      proposedBy: person,
      title: '',
      notes: '',
      kind: 'recap',
      date: '',
      boardId: null,
    };
    const visit = { id: 'v', proposedBy: person, title: '', place: '', participants: '', objectives: '' };
    // The fields a visit gained as a record (issue 14).
    const record = { mode: 'in-person', link: '', toMeet: '', questions: '', outcomes: '', recap: '' };
    const agenda = (time: string) => ({
      kind: 'visit-agenda',
      overview: '',
      comments: [],
      meetings: [],
      visits: [
        {
          ...visit,
          ...record,
          kind: 'inspiration',
          date: '',
          endDate: '',
          agenda: [{ ...item, time }],
          nextSteps: [],
        },
      ],
    });
    expect(VisitAgendaSchema.safeParse(agenda('09:30')).success).toBe(true);
    expect(VisitAgendaSchema.safeParse(agenda('half past nine')).success).toBe(false);
  });

  it('require who wrote a comment and when', () => {
    const comment = { id: 'c', target: {}, author: person, text: 'Why?', createdAt: '2025-01-01T00:00:00Z' };
    expect(CommentSchema.safeParse(comment).success).toBe(true);
    expect(CommentSchema.safeParse({ ...comment, author: undefined }).success).toBe(false);
    expect(CommentSchema.safeParse({ ...comment, createdAt: 'today' }).success).toBe(false);
  });

  it('list the fields a person fills in, in form order', () => {
    expect(templateFields(ActionPlanSchema).map((f) => `${f.path}:${f.type}`)).toEqual([
      'title:text',
      'menteeCity:text',
      'mentorCity:text',
      'date:value',
      'version:text',
      'rows:list',
      'rows.actions:text',
      'rows.results:text',
      'rows.timeframe:text',
      'rows.lead:text',
      'rows.resources:text',
      'rows.successMeasure:text',
      'rows.needs:set',
      'rows.keyFactorIds:set',
    ]);
    expect(templateFields(SupportNetworkSchema).map((f) => f.path)).toContain(
      'members.migrantRepresentative',
    );
  });
});
