import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNeedsAnalysis, needsAnalysisText } from '../doc/needs-analysis.js';
import { readTemplate } from '../doc/registry.js';
import { changeAgents, createScope, scope } from '../doc/scope.js';
import type { Approval } from '../schema/version.js';
import type { JourneyBoard, JourneyInput } from './input.js';
import { computeJourney } from './journey.js';
import type { Step } from './model.js';
import { EMPTY_SETTINGS } from './settings.js';

const by = { memberId: 'm1', name: 'Ana' };

function board(id: string, kind: JourneyBoard['kind'], content: Record<string, unknown>): JourneyBoard {
  return { id, kind, title: `${kind} board`, content };
}

function journeyOf(partial: Partial<JourneyInput>) {
  return computeJourney({ boards: [], approvals: [], settings: EMPTY_SETTINGS, ...partial });
}

const stepOf = (steps: readonly Step[], key: string): Step => {
  const step = steps.find((s) => s.key === key);
  if (!step) throw new Error(`no step ${key}`);
  return step;
};

describe('journey steps from board content', () => {
  it('starts a new programme at the needs analysis, proposing to create each board', () => {
    const { steps, current, openNextSteps } = journeyOf({});
    expect(steps.map((s) => s.key)).toEqual([
      'needs-analysis',
      'benchmark',
      'mentor-profile',
      'matching',
      'training',
      'scope',
      'support-group',
      'political-commitment',
      'visit:groundwork',
      'visit:inspiration',
      'visit:consolidation',
      'meetings',
      'approval',
      'monitoring',
    ]);
    expect(steps.every((s) => s.status === 'not-started')).toBe(true);
    expect(current).toBe('needs-analysis');
    expect(stepOf(steps, 'needs-analysis').create).toBe('needs-analysis');
    expect(stepOf(steps, 'political-commitment').create).toBe('scope');
    expect(stepOf(steps, 'visit:inspiration').create).toBe('visit-agenda');
    expect(openNextSteps).toEqual([]);
  });

  it('counts the needs analysis questions answered in its Y.Doc', () => {
    const doc = new Y.Doc();
    createNeedsAnalysis(doc);
    const empty = stepOf(
      journeyOf({ boards: [board('b1', 'needs-analysis', readTemplate('needs-analysis', doc))] }).steps,
      'needs-analysis',
    );
    expect(empty.status).toBe('not-started');
    expect(empty.create).toBeNull();
    expect(empty.boards.map((b) => b.id)).toEqual(['b1']);
    needsAnalysisText(doc, 'challenge').insert(0, 'Long waiting lists for language courses.');
    const started = stepOf(
      journeyOf({ boards: [board('b1', 'needs-analysis', readTemplate('needs-analysis', doc))] }).steps,
      'needs-analysis',
    );
    expect(started.status).toBe('in-progress');
    expect(started.done).toEqual([{ key: 'questionsAnswered', count: 1, total: 12 }]);
    expect(started.missing).toHaveLength(11);
    expect(started.missing[0]).toEqual({
      key: 'fieldEmpty',
      kind: 'needs-analysis',
      field: 'crossCuttingTopics',
    });
  });

  it('reads scope and political commitment from the scope board', () => {
    const doc = new Y.Doc();
    createScope(doc);
    scope.text(doc, 'objectives').insert(0, 'Shorter waiting lists');
    changeAgents.insert(doc, {
      by,
      values: { name: 'Ilze', organisation: 'Riga City Council', role: 'Head' },
    });
    scope.text(doc, 'commitmentWho').insert(0, 'Deputy mayor');
    scope.set(doc, 'crossParty', true);
    const { steps } = journeyOf({ boards: [board('s', 'scope', readTemplate('scope', doc))] });
    expect(stepOf(steps, 'scope').status).toBe('done');
    expect(stepOf(steps, 'scope').done).toEqual([
      { key: 'objectivesAgreed' },
      { key: 'changeAgents', count: 1 },
    ]);
    const commitment = stepOf(steps, 'political-commitment');
    expect(commitment.status).toBe('in-progress');
    expect(commitment.done).toEqual([{ key: 'commitmentWho', text: 'Deputy mayor' }, { key: 'crossParty' }]);
    expect(commitment.missing.map((f) => f.field)).toEqual(['commitmentBody', 'commitmentDate']);
  });

  it('makes a step of each visit, with open next steps on the home until done', () => {
    const nextSteps = [
      { what: 'Send the survey', who: 'Ilze', due: '2026-05-01', done: false },
      { what: 'Book the room', who: 'Ana', due: '', done: true },
    ];
    const agenda = board('v', 'visit-agenda', {
      visits: [
        {
          id: 'v1',
          kind: 'groundwork',
          title: 'Groundwork',
          date: '2026-03-01',
          place: 'Riga',
          agenda: [{}],
          outcomes: 'Scope agreed',
          nextSteps,
        },
        { id: 'v2', kind: 'custom', title: 'Evaluation call', date: '', place: '', mode: 'virtual' },
      ],
      meetings: [
        {
          id: 'm1',
          title: 'Call 1',
          date: '2026-04-01',
          nextSteps: [{ what: 'Draft actions', who: 'Ana', due: '2026-04-20', done: false }],
        },
      ],
    });
    const { steps, openNextSteps } = journeyOf({ boards: [agenda] });
    expect(steps.filter((s) => s.phase === 'visits').map((s) => `${s.key} ${s.status}`)).toEqual([
      'visit:groundwork done',
      'visit:inspiration not-started',
      'visit:consolidation not-started',
      'visit:v2 in-progress',
      'meetings in-progress',
    ]);
    expect(stepOf(steps, 'visit:groundwork').missing).toEqual([{ key: 'nextStepsOpen', count: 1 }]);
    expect(stepOf(steps, 'visit:v2').visit?.mode).toBe('virtual');
    expect(openNextSteps.map((s) => `${s.source} ${s.what} ${s.due}`)).toEqual([
      'meeting Draft actions 2026-04-20',
      'visit Send the survey 2026-05-01',
    ]);
  });

  it('is approved when a version of the action plan carries the approval', () => {
    const plan = board('p', 'action-plan', { rows: [{ id: 'r1' }] });
    const before = stepOf(journeyOf({ boards: [plan] }).steps, 'approval');
    expect(before.status).toBe('in-progress');
    expect(before.missing).toEqual([{ key: 'notApproved' }]);
    const approval: Approval = {
      body: 'City council',
      date: '2026-06-10',
      reference: 'D-12',
      approvedBy: 'Mayor',
      recordedAt: '2026-06-11T10:00:00.000Z',
      recordedBy: null,
    };
    const after = stepOf(
      journeyOf({ boards: [plan], approvals: [{ boardId: 'p', versionName: 'Final', approval }] }).steps,
      'approval',
    );
    expect(after.status).toBe('done');
    expect(after.done).toContainEqual({ key: 'approvedVersion', text: 'Final' });
    // An approval of another programme's board (or a deleted plan) does not count.
    const other = journeyOf({ boards: [plan], approvals: [{ boardId: 'x', versionName: 'F', approval }] });
    expect(stepOf(other.steps, 'approval').status).toBe('in-progress');
  });

  it('follows the monitoring board by the status of its actions', () => {
    const monitoring = board('mo', 'monitoring' as JourneyBoard['kind'], {
      actions: [
        { id: 'a', actionId: 'r1', status: 'done' },
        { id: 'b', actionId: 'r2', status: 'delayed' },
      ],
    });
    const step = stepOf(journeyOf({ boards: [monitoring] }).steps, 'monitoring');
    expect(step.status).toBe('in-progress');
    expect(step.done).toEqual([
      { key: 'monitoring.delayed', count: 1 },
      { key: 'monitoring.done', count: 1 },
    ]);
    expect(step.missing).toEqual([{ key: 'actionsDelayed', count: 1 }]);
  });

  it('lists the next reviews of the actions still followed, soonest first, for the home', () => {
    const monitoring = board('mo', 'monitoring' as JourneyBoard['kind'], {
      actions: [
        { id: 'a', actionId: 'r1', title: 'Buddies', status: 'on-track', nextReview: '2026-05-01' },
        { id: 'b', actionId: 'r2', title: 'Desk', status: 'delayed', nextReview: '2026-02-01' },
        { id: 'c', actionId: 'r3', title: 'Finished', status: 'done', nextReview: '2026-01-01' },
        { id: 'd', actionId: 'r4', title: 'Dropped', status: 'dropped', nextReview: '2026-01-01' },
        { id: 'e', actionId: 'r5', title: 'No date', status: 'not-started', nextReview: '' },
        { id: 'f', actionId: 'r6', title: 'Older layout' },
      ],
    });
    expect(journeyOf({ boards: [monitoring] }).openReviews).toEqual([
      { id: 'b', boardId: 'mo', title: 'Desk', nextReview: '2026-02-01' },
      { id: 'a', boardId: 'mo', title: 'Buddies', nextReview: '2026-05-01' },
    ]);
    expect(journeyOf({}).openReviews).toEqual([]);
  });

  it('applies the facilitator’s choices: skipped, marked done, added', () => {
    const { steps, current } = journeyOf({
      settings: {
        skipped: ['benchmark', 'needs-analysis'],
        completed: ['matching', 'scope'],
        added: [{ id: 'extra-1', title: 'Evaluation visit', purpose: 'evaluation', mode: 'virtual' }],
      },
    });
    expect(stepOf(steps, 'benchmark').status).toBe('skipped');
    expect(stepOf(steps, 'matching').status).toBe('done');
    // Only steps nothing on a board decides can be marked done by hand.
    expect(stepOf(steps, 'scope').status).toBe('not-started');
    const added = stepOf(steps, 'added:extra-1');
    expect(added).toMatchObject({ phase: 'visits', purpose: 'evaluation', status: 'not-started' });
    expect(current).toBe('mentor-profile');
  });
});
