import {
  MONITORING_STATUSES,
  type MonitoredAction,
  type Monitoring,
  type MonitoringNote,
  type MonitoringStatus,
} from '../schema/templates/monitoring.js';

/** A card of the monitoring, as the overview names it. */
export interface MonitoredRef {
  /** The card's item id. */
  readonly id: string;
  readonly actionId: string;
  readonly title: string;
}

/** The monitoring view of issue 14: actions by status, overdue reviews, recent updates. */
export interface MonitoringSummary {
  readonly total: number;
  /** Every status, in the order of MONITORING_STATUSES, with its cards in board order. */
  readonly byStatus: { readonly [S in MonitoringStatus]: readonly MonitoredRef[] };
  /** Cards whose next review is before today and that are neither done nor dropped, oldest first. */
  readonly overdue: readonly (MonitoredRef & { readonly nextReview: string })[];
  /** The latest progress notes (dated ones first, newest first), at most `recent` of them. */
  readonly recent: readonly (MonitoredRef & { readonly note: MonitoringNote })[];
}

/** Statuses that end the follow-up: their reviews are never overdue. */
const CLOSED: ReadonlySet<MonitoringStatus> = new Set(['done', 'dropped']);

const refOf = (action: MonitoredAction): MonitoredRef => ({
  id: action.id,
  actionId: action.actionId,
  title: action.title,
});

/**
 * The overview of a monitoring board on `today` (`YYYY-MM-DD`, the reader's calendar day). Pure:
 * the client shows it live, the programme's journey and report can read it the same way.
 */
export function summarizeMonitoring(
  monitoring: Pick<Monitoring, 'actions'>,
  today: string,
  options: { recent?: number } = {},
): MonitoringSummary {
  const byStatus = Object.fromEntries(
    MONITORING_STATUSES.map((status) => [status, [] as MonitoredRef[]]),
  ) as {
    [S in MonitoringStatus]: MonitoredRef[];
  };
  const overdue: (MonitoredRef & { nextReview: string })[] = [];
  const notes: (MonitoredRef & { note: MonitoringNote })[] = [];
  for (const action of monitoring.actions) {
    const ref = refOf(action);
    byStatus[action.status].push(ref);
    if (action.nextReview !== '' && action.nextReview < today && !CLOSED.has(action.status)) {
      overdue.push({ ...ref, nextReview: action.nextReview });
    }
    for (const note of action.notes) if (note.text.trim() !== '') notes.push({ ...ref, note });
  }
  overdue.sort((a, b) => (a.nextReview < b.nextReview ? -1 : a.nextReview > b.nextReview ? 1 : 0));
  // Undated notes last; among equal dates, the later card and the later note first (stable order).
  const recent = notes
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const da = a.entry.note.date;
      const db = b.entry.note.date;
      if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
      return b.index - a.index;
    })
    .slice(0, options.recent ?? 5)
    .map(({ entry }) => entry);
  return {
    total: monitoring.actions.length,
    byStatus,
    overdue,
    recent,
  };
}
