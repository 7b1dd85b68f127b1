import type { OpenNextStep, OpenReview } from '@mentoring/shared/journey/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../app/i18n';
import { paths } from '../../app/paths';

/** A `YYYY-MM-DD` date. */
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `date` (`YYYY-MM-DD`, or free text for older next steps) is before the reader's `today`. */
export function isOverdue(date: string, today: string): boolean {
  return DATE.test(date) && date < today;
}

/**
 * What is past its date on the programme home: monitoring reviews of actions still followed and
 * agreed next steps not done. Which are overdue is decided here from the reader's day (`today`,
 * kept current by useToday), so the list changes at midnight and on load without anyone editing.
 */
export function OverdueList({
  programmeId,
  reviews,
  nextSteps,
  today,
}: {
  programmeId: string;
  reviews: readonly OpenReview[];
  nextSteps: readonly OpenNextStep[];
  today: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const day = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
  const format = (date: string) => day.format(new Date(`${date}T12:00:00`));
  const lateReviews = reviews.filter((review) => isOverdue(review.nextReview, today));
  const lateSteps = nextSteps.filter((step) => isOverdue(step.due, today));
  if (lateReviews.length === 0 && lateSteps.length === 0) return null;
  return (
    <div className="journey-overdue" data-testid="journey-overdue">
      <h3 id="journey-overdue-heading">{t('journey.overdue.heading')}</h3>
      <p className="hint">{t('journey.overdue.intro')}</p>
      <ul aria-labelledby="journey-overdue-heading">
        {lateReviews.map((review) => (
          <li key={`review-${review.boardId}-${review.id}`}>
            {t('journey.overdue.review', { title: review.title, date: format(review.nextReview) })}
            {' · '}
            <Link to={paths.board(programmeId, review.boardId)}>{t('journey.overdue.openMonitoring')}</Link>
          </li>
        ))}
        {lateSteps.map((step) => (
          <li key={`step-${step.boardId}-${step.source}-${step.id}-${step.what}`}>
            {t('journey.overdue.nextStep', { what: step.what, date: format(step.due) })}
            {step.who ? ` · ${t('journey.nextStepWho', { who: step.who })}` : null}
            {' · '}
            <Link to={paths.board(programmeId, step.boardId)}>
              {t(`journey.nextStepFrom.${step.source}`, { title: step.sourceTitle || t('journey.untitled') })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
