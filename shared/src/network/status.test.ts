import { describe, expect, it } from 'vitest';
import type { JourneyBoard, JourneyInput } from '../journey/input.js';
import { EMPTY_SETTINGS } from '../journey/settings.js';
import { programmeStatus, statusFigures, statusOn } from './status.js';

const board = (id: string, kind: JourneyBoard['kind'], content: Record<string, unknown>): JourneyBoard => ({
  id,
  kind,
  title: `${kind} board`,
  content,
});
const input = (partial: Partial<JourneyInput>): JourneyInput => ({
  boards: [],
  approvals: [],
  settings: EMPTY_SETTINGS,
  ...partial,
});
const approval = {
  boardId: 'plan',
  versionName: 'v1',
  approval: {
    body: 'City council',
    date: '2026-06-10',
    reference: 'D-12',
    approvedBy: 'Mayor',
    recordedAt: '2026-06-11T10:00:00.000Z',
    recordedBy: null,
  },
};

describe('programmeStatus', () => {
  it('puts a new programme at the start of preparation with nothing filled', () => {
    const status = programmeStatus(input({}), '2026-05-01');
    expect(status).toMatchObject({
      phase: 'preparation',
      currentStep: 'needs-analysis',
      stepsDone: 0,
      nextVisit: '',
      needsAnalysisPercent: 0,
      actionPlanPercent: 0,
      approved: false,
      actionsByStatus: null,
    });
    expect(status.stepsTotal).toBeGreaterThan(5);
  });

  it('counts answered questions and filled plan cells, the fullest board winning', () => {
    const needs = board('n', 'needs-analysis', { challenge: 'Housing', evidence: 'Survey', obstacles: '  ' });
    const emptier = board('n2', 'needs-analysis', { challenge: 'x' });
    const plan = board('plan', 'action-plan', {
      rows: [
        { actions: 'A', results: 'R', timeframe: '2026', lead: 'L', resources: '', successMeasure: '' },
        { actions: 'B', results: '', timeframe: '', lead: '', resources: '', successMeasure: '' },
      ],
    });
    const status = programmeStatus(input({ boards: [emptier, needs, plan] }), '2026-05-01');
    expect(status.needsAnalysisPercent).toBe(17); // 2 of 12 questions
    expect(status.actionPlanPercent).toBe(42); // 5 of 12 cells
  });

  it('gives the next visit on or after today', () => {
    const agenda = board('v', 'visit-agenda', {
      visits: [
        { id: 'v1', kind: 'groundwork', title: 'Groundwork', date: '2026-03-01' },
        { id: 'v2', kind: 'inspiration', title: 'Inspiration', date: '2026-09-14' },
        { id: 'v3', kind: 'consolidation', title: 'Consolidation', date: '2026-06-02' },
      ],
    });
    expect(programmeStatus(input({ boards: [agenda] }), '2026-05-01').nextVisit).toBe('2026-06-02');
  });

  it('stores figures that give the same status on any later day (the table reads them stored)', () => {
    const agenda = board('v', 'visit-agenda', {
      visits: [
        { id: 'v1', kind: 'groundwork', title: 'Groundwork', date: '2026-03-01' },
        { id: 'v2', kind: 'inspiration', title: 'Inspiration', date: '2026-09-14' },
        { id: 'v3', kind: 'consolidation', title: 'Consolidation', date: '2026-06-02' },
      ],
    });
    const needs = board('n', 'needs-analysis', { challenge: 'Housing' });
    const stored = statusFigures(input({ boards: [agenda, needs] }));
    // Plain JSON (the network store keeps it as such), no board text in it.
    const kept = JSON.parse(JSON.stringify(stored));
    expect(JSON.stringify(kept)).not.toContain('Housing');
    expect(JSON.stringify(kept)).not.toContain('Inspiration');
    for (const today of ['2026-01-01', '2026-05-01', '2026-06-02', '2026-07-01', '2026-12-31'])
      expect(statusOn(kept, today)).toEqual(programmeStatus(input({ boards: [agenda, needs] }), today));
    expect(statusOn(kept, '2026-07-01').nextVisit).toBe('2026-09-14');
    expect(statusOn(kept, '2026-12-31').nextVisit).toBe('');
  });

  it('counts actions by status only after the plan is approved', () => {
    const monitoring = board('m', 'monitoring', {
      actions: [{ status: 'on-track' }, { status: 'on-track' }, { status: 'delayed' }, { status: 'bogus' }],
    });
    expect(programmeStatus(input({ boards: [monitoring] }), '2026-05-01').actionsByStatus).toBeNull();
    const after = programmeStatus(input({ boards: [monitoring], approvals: [approval] }), '2026-05-01');
    expect(after.approved).toBe(true);
    expect(after.actionsByStatus).toEqual({
      'not-started': 0,
      'on-track': 2,
      delayed: 1,
      done: 0,
      dropped: 0,
    });
  });
});
