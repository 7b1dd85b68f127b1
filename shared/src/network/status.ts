import type { JourneyBoard, JourneyInput } from '../journey/input.js';
import { computeJourney } from '../journey/journey.js';
import type { Phase } from '../journey/model.js';
import { ACTION_PLAN_COLUMNS } from '../schema/templates/action-plan.js';
import { MONITORING_STATUSES, type MonitoringStatus } from '../schema/templates/monitoring.js';
import { NEEDS_ANALYSIS_KEYS } from '../schema/templates/needs-analysis.js';

/**
 * What a network's coordinator sees of one programme: status figures only, computed from the boards
 * on the server. No board text ever leaves through these (mentoring is confidential, guide ch. 1).
 */
export interface ProgrammeStatus {
  /** The phase of the first step not done nor skipped; `finished` when every step is. */
  phase: Phase | 'finished';
  currentStep: string | null;
  stepsDone: number;
  stepsTotal: number;
  /** The earliest planned visit on or after `today` not done yet (`YYYY-MM-DD`), or ''. */
  nextVisit: string;
  /** Share of the needs-analysis questions answered (0–100; the fullest board if several). */
  needsAnalysisPercent: number;
  /** Share of the action plan's cells filled over its rows (0–100; 0 without rows). */
  actionPlanPercent: number;
  /** True once a version of an action plan carries the formal approval. */
  approved: boolean;
  /** Actions by monitoring status, counted only after approval (null before). */
  actionsByStatus: Record<MonitoringStatus, number> | null;
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));
const ofKind = (boards: readonly JourneyBoard[], kind: string) => boards.filter((b) => b.kind === kind);

function needsPercent(boards: readonly JourneyBoard[]): number {
  const scores = ofKind(boards, 'needs-analysis').map((board) =>
    percent(
      NEEDS_ANALYSIS_KEYS.filter((key) => filled(board.content[key])).length,
      NEEDS_ANALYSIS_KEYS.length,
    ),
  );
  return Math.max(0, ...scores);
}

function planPercent(boards: readonly JourneyBoard[]): number {
  const scores = ofKind(boards, 'action-plan').map((board) => {
    const rows = Array.isArray(board.content.rows) ? (board.content.rows as Record<string, unknown>[]) : [];
    const cells = rows.flatMap((row) => ACTION_PLAN_COLUMNS.map((column) => filled(row[column])));
    return percent(cells.filter(Boolean).length, cells.length);
  });
  return Math.max(0, ...scores);
}

function actionsByStatus(boards: readonly JourneyBoard[]): Record<MonitoringStatus, number> {
  const counts = Object.fromEntries(MONITORING_STATUSES.map((s) => [s, 0])) as Record<
    MonitoringStatus,
    number
  >;
  for (const board of ofKind(boards, 'monitoring')) {
    const actions = Array.isArray(board.content.actions) ? board.content.actions : [];
    for (const action of actions as { status?: unknown }[]) {
      const status = MONITORING_STATUSES.find((s) => s === action.status);
      if (status) counts[status] += 1;
    }
  }
  return counts;
}

/**
 * The figures of one programme that do not depend on the day, as the server stores them when it
 * computes the programme's journey (so the coordinator's table reads one record, not every board).
 * `openVisits`: the planned dates of visits whose step is not done nor skipped, sorted.
 */
export type StatusFigures = Omit<ProgrammeStatus, 'nextVisit'> & { openVisits: string[] };

/** The day-independent figures of one programme. Pure. */
export function statusFigures(input: JourneyInput): StatusFigures {
  const journey = computeJourney(input);
  const current = journey.steps.find((step) => step.key === journey.current);
  const closed = (status: string) => status === 'done' || status === 'skipped';
  const openVisits = journey.steps
    .filter((step) => step.visit && !closed(step.status))
    .map((step) => step.visit?.date ?? '')
    .filter((date) => date !== '')
    .sort();
  const approved = input.approvals.length > 0;
  return {
    phase: current?.phase ?? 'finished',
    currentStep: journey.current,
    stepsDone: journey.steps.filter((step) => closed(step.status)).length,
    stepsTotal: journey.steps.length,
    openVisits,
    needsAnalysisPercent: needsPercent(input.boards),
    actionPlanPercent: planPercent(input.boards),
    approved,
    actionsByStatus: approved ? actionsByStatus(input.boards) : null,
  };
}

/** The status figures on `today` (`YYYY-MM-DD`) from the stored day-independent ones. Pure. */
export function statusOn(figures: StatusFigures, today: string): ProgrammeStatus {
  const { openVisits, ...rest } = figures;
  return { ...rest, nextVisit: openVisits.find((date) => date >= today) ?? '' };
}

/** The status figures of one programme on `today` (`YYYY-MM-DD`). Pure. */
export function programmeStatus(input: JourneyInput, today: string): ProgrammeStatus {
  return statusOn(statusFigures(input), today);
}
