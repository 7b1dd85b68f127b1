import { readMonitoring } from '@mentoring/shared/doc/monitoring';
import { summarizeMonitoring } from '@mentoring/shared/journey/monitoring-summary';
import { MONITORING_STATUSES } from '@mentoring/shared/schema/templates/monitoring';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useToday } from '../../app/use-today';
import { useScope } from '../fields/board-scope';
import { useDocSnapshot } from '../fields/use-y';

/**
 * The monitoring view for the mentor and the local support network (and everyone): actions by
 * status, overdue reviews, recent progress notes, live. Says who keeps it up to date to those who
 * only read and comment.
 */
export function MonitoringOverview() {
  const { t, doc, texts, readOnly, commentsReadOnly, language } = useScope();
  const today = useToday();
  const read = useCallback((current: Y.Doc) => summarizeMonitoring(readMonitoring(current), today), [today]);
  const summary = useDocSnapshot(doc, read);
  const day = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
  const format = (date: string) => (date ? day.format(new Date(`${date}T12:00:00`)) : '—');
  if (!summary) return null;
  const statusLabel = texts.options.monitoringStatus;
  return (
    <section
      className="check-panel monitoring-overview"
      aria-labelledby="monitoring-overview"
      data-testid="monitoring-overview"
    >
      <h2 id="monitoring-overview">{t('monitoring.summary')}</h2>
      {readOnly && commentsReadOnly === false ? (
        <p className="readonly-note">{t('monitoring.readOnly')}</p>
      ) : null}
      <h3>{t('monitoring.byStatus')}</h3>
      <ul className="status-counts" data-testid="status-counts">
        {MONITORING_STATUSES.map((status) => (
          <li key={status} data-status={status}>
            {t('monitoring.statusCount', {
              status: statusLabel[status].label,
              count: summary.byStatus[status].length,
            })}
          </li>
        ))}
      </ul>
      <h3>{t('monitoring.overdue')}</h3>
      {summary.overdue.length === 0 ? (
        <p className="check-ok">{t('monitoring.noneOverdue')}</p>
      ) : (
        <ul className="warnings" data-testid="overdue">
          {summary.overdue.map((entry) => (
            <li key={entry.id} className="warning">
              {t('monitoring.overdueItem', {
                title: entry.title || t('monitoring.untitled'),
                date: format(entry.nextReview),
              })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('monitoring.recent')}</h3>
      {summary.recent.length === 0 ? (
        <p className="muted">{t('monitoring.noRecent')}</p>
      ) : (
        <ul data-testid="recent-updates">
          {summary.recent.map((entry) => (
            <li key={entry.note.id}>
              {t('monitoring.recentItem', {
                date: format(entry.note.date),
                author: entry.note.author || '—',
                title: entry.title || t('monitoring.untitled'),
                text: entry.note.text,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
