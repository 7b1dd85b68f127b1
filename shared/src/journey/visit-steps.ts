import {
  itemsOf,
  type JourneyBoard,
  type MeetingRecord,
  MeetingRecordSchema,
  type VisitRecord,
  VisitRecordSchema,
} from './input.js';
import { DEFAULT_VISITS, type Fact, type OpenNextStep } from './model.js';
import { boardsOf, noBoard, type StepResult } from './status-kit.js';

/**
 * The visits and the meetings between them, read from the `visit-agenda` boards (visits, meetings
 * and their agreed next steps by the names of JOURNEY-CONTRACT.md, part 1). Pure.
 */

export interface VisitOnBoard {
  readonly board: JourneyBoard;
  readonly visit: VisitRecord;
}

/** Every visit of every visit-agenda board, in board order then list order. */
export function visitsOf(boards: readonly JourneyBoard[]): VisitOnBoard[] {
  return boardsOf(boards, 'visit-agenda').flatMap((board) =>
    itemsOf(board.content, 'visits', VisitRecordSchema).map((visit) => ({ board, visit })),
  );
}

function meetingsOf(boards: readonly JourneyBoard[]): { board: JourneyBoard; meeting: MeetingRecord }[] {
  return boardsOf(boards, 'visit-agenda').flatMap((board) =>
    itemsOf(board.content, 'meetings', MeetingRecordSchema).map((meeting) => ({ board, meeting })),
  );
}

const openOf = (steps: VisitRecord['nextSteps']) => steps.filter((step) => !step.done && step.what.trim());

/** A visit's status: done once its outcomes are written, planned (in progress) before. */
export function visitStep(found: VisitOnBoard): StepResult {
  const { visit, board } = found;
  const done: Fact[] = [];
  const missing: Fact[] = [];
  if (visit.date) done.push({ key: 'visitDate', text: visit.date });
  else missing.push({ key: 'noDate' });
  if (visit.mode === 'virtual') done.push({ key: 'virtual' });
  else if (visit.place.trim()) done.push({ key: 'visitPlace', text: visit.place.trim() });
  if (visit.agenda.length > 0) done.push({ key: 'agendaItems', count: visit.agenda.length });
  else missing.push({ key: 'noAgenda' });
  if (visit.outcomes.trim()) done.push({ key: 'outcomesWritten' });
  else missing.push({ key: 'noOutcomes' });
  const open = openOf(visit.nextSteps).length;
  if (open > 0) missing.push({ key: 'nextStepsOpen', count: open });
  return {
    status: visit.outcomes.trim() ? 'done' : 'in-progress',
    done,
    missing,
    boards: [board],
    create: null,
  };
}

/** The placeholder of a default visit not planned yet. */
export function unplannedVisit(boards: readonly JourneyBoard[]): StepResult {
  const agendas = boardsOf(boards, 'visit-agenda');
  if (agendas.length === 0) return noBoard('visit-agenda');
  return {
    status: 'not-started',
    done: [],
    missing: [{ key: 'visitNotPlanned' }],
    boards: agendas,
    create: null,
  };
}

/**
 * The visit steps: the guide's three (the first visit of each kind, or a placeholder), then every
 * other visit (custom ones, a fourth, a virtual one) in list order.
 */
export function visitSteps(
  boards: readonly JourneyBoard[],
): { key: string; kind: string; found?: VisitOnBoard }[] {
  const all = visitsOf(boards);
  const used = new Set<string>();
  const defaults = DEFAULT_VISITS.map((kind) => {
    const found = all.find((entry) => entry.visit.kind === kind && !used.has(entry.visit.id));
    if (found) used.add(found.visit.id);
    return { key: `visit:${kind}`, kind, found };
  });
  const others = all
    .filter((entry) => !used.has(entry.visit.id))
    .map((found) => ({ key: `visit:${found.visit.id}`, kind: found.visit.kind, found }));
  return [...defaults, ...others];
}

/** The meetings between visits: how many, and their open next steps. Done only when marked. */
export function meetingsStep(boards: readonly JourneyBoard[]): StepResult {
  const agendas = boardsOf(boards, 'visit-agenda');
  if (agendas.length === 0) return noBoard('visit-agenda');
  const meetings = meetingsOf(boards);
  const open = meetings.reduce((sum, { meeting }) => sum + openOf(meeting.nextSteps).length, 0);
  return {
    status: meetings.length > 0 ? 'in-progress' : 'not-started',
    done: meetings.length > 0 ? [{ key: 'meetings', count: meetings.length }] : [],
    missing:
      open > 0 ? [{ key: 'nextStepsOpen', count: open }] : meetings.length ? [] : [{ key: 'noMeetings' }],
    boards: agendas,
    create: null,
  };
}

/** Every agreed next step of a visit or meeting that is not done, for the home to show until done. */
export function openNextSteps(boards: readonly JourneyBoard[]): OpenNextStep[] {
  const fromVisits = visitsOf(boards).flatMap(({ board, visit }) =>
    openOf(visit.nextSteps).map((step) => ({
      id: step.id,
      boardId: board.id,
      source: 'visit' as const,
      sourceTitle: visit.title,
      what: step.what,
      who: step.who,
      due: step.due,
    })),
  );
  const fromMeetings = meetingsOf(boards).flatMap(({ board, meeting }) =>
    openOf(meeting.nextSteps).map((step) => ({
      id: step.id,
      boardId: board.id,
      source: 'meeting' as const,
      sourceTitle: meeting.title,
      what: step.what,
      who: step.who,
      due: step.due,
    })),
  );
  // Soonest due first; those without a date after.
  return [...fromVisits, ...fromMeetings].sort(
    (a, b) => (a.due || '9999').localeCompare(b.due || '9999') || a.what.localeCompare(b.what),
  );
}
