import { BoardKindSchema } from '../schema/board.js';
import {
  type ApprovedVersion,
  itemsOf,
  type JourneyBoard,
  MONITORING_STATUSES,
  MonitoredActionSchema,
} from './input.js';
import type { Fact, OpenReview } from './model.js';
import { boardsOf, noBoard, type StepResult } from './status-kit.js';

/**
 * Formal approval (a named version of an action plan carrying `approval`, contract part 2) and
 * implementation monitoring (the `monitoring` board, contract part 3). Pure.
 */

export function approvalStep(
  boards: readonly JourneyBoard[],
  approvals: readonly ApprovedVersion[],
): StepResult {
  const plans = boardsOf(boards, 'action-plan');
  if (plans.length === 0) return noBoard('action-plan');
  const approved = approvals.filter((entry) => plans.some((plan) => plan.id === entry.boardId));
  const latest = [...approved].sort((a, b) => a.approval.date.localeCompare(b.approval.date)).at(-1);
  if (latest) {
    const done: Fact[] = [
      { key: 'approvedBy', text: latest.approval.body },
      { key: 'approvedOn', text: latest.approval.date },
      { key: 'approvedVersion', text: latest.versionName },
    ];
    if (latest.approval.reference) done.push({ key: 'approvalReference', text: latest.approval.reference });
    return { status: 'done', done, missing: [], boards: plans, create: null };
  }
  const rows = plans.reduce(
    (sum, plan) => sum + (Array.isArray(plan.content.rows) ? plan.content.rows.length : 0),
    0,
  );
  return {
    status: rows > 0 ? 'in-progress' : 'not-started',
    done: rows > 0 ? [{ key: 'planActions', count: rows }] : [],
    missing: [{ key: 'notApproved' }],
    boards: plans,
    create: null,
  };
}

/** The `monitoring` kind, once it exists in this build (journey-c adds it). */
const MONITORING_KIND = BoardKindSchema.safeParse('monitoring').data ?? null;

export function monitoringStep(boards: readonly JourneyBoard[]): StepResult {
  const found = boardsOf(boards, 'monitoring');
  if (found.length === 0) {
    if (MONITORING_KIND) return noBoard(MONITORING_KIND);
    return { status: 'not-started', done: [], missing: [{ key: 'noMonitoring' }], boards: [], create: null };
  }
  const actions = found.flatMap((board) => itemsOf(board.content, 'actions', MonitoredActionSchema));
  const count = (status: (typeof MONITORING_STATUSES)[number]) =>
    actions.filter((action) => action.status === status).length;
  const done: Fact[] = MONITORING_STATUSES.map((status) => ({
    key: `monitoring.${status}`,
    count: count(status),
  })).filter((fact) => (fact.count ?? 0) > 0);
  const finished = count('done') + count('dropped');
  const missing: Fact[] = [];
  if (actions.length === 0) missing.push({ key: 'noActionsFollowed' });
  if (count('delayed') > 0) missing.push({ key: 'actionsDelayed', count: count('delayed') });
  const status = actions.length === 0 ? 'not-started' : finished === actions.length ? 'done' : 'in-progress';
  return { status, done, missing, boards: found, create: null };
}

/** Statuses that end the follow-up of an action: no review is due any more. */
const CLOSED = new Set(['done', 'dropped']);

/** The next review of every action still followed that has one, soonest first (see OpenReviewSchema). */
export function openReviews(boards: readonly JourneyBoard[]): OpenReview[] {
  return boardsOf(boards, 'monitoring')
    .flatMap((board) =>
      itemsOf(board.content, 'actions', MonitoredActionSchema)
        .filter((action) => action.nextReview !== '' && !CLOSED.has(action.status))
        .map((action) => ({
          id: action.id,
          boardId: board.id,
          title: action.title,
          nextReview: action.nextReview,
        })),
    )
    .sort((a, b) => (a.nextReview < b.nextReview ? -1 : a.nextReview > b.nextReview ? 1 : 0));
}
