import type { OpenNextStep } from '@mentoring/shared/journey/model';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../app/i18n';
import { paths } from '../../app/paths';
import { dynamicT } from './fact-text';
import { DATE, isOverdue } from './OverdueList';

/** The agreed next steps of the visits and meetings that are not done yet (shown until done). */
export function NextStepsList({
  programmeId,
  steps,
  today,
}: {
  programmeId: string;
  steps: readonly OpenNextStep[];
  today: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const day = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium' }), [language]);
  if (steps.length === 0) return null;
  // Dates as the reader writes them; a due typed before dates were checked is shown as typed.
  const format = (due: string) => (DATE.test(due) ? day.format(new Date(`${due}T12:00:00`)) : due);
  return (
    <div className="journey-next" data-testid="open-next-steps">
      <h3 id="journey-next-heading">{t('journey.nextStepsHeading')}</h3>
      <ul aria-labelledby="journey-next-heading">
        {steps.map((step) => (
          <li key={`${step.boardId}-${step.source}-${step.id}-${step.what}`}>
            <strong>{step.what}</strong>
            {step.who ? ` · ${t('journey.nextStepWho', { who: step.who })}` : null}
            {step.due ? ` · ${t('journey.nextStepDue', { due: format(step.due) })}` : null}
            {isOverdue(step.due, today) ? (
              <>
                {' · '}
                <span className="journey-late">{t('journey.overdueMark')}</span>
              </>
            ) : null}
            {' · '}
            <Link to={paths.board(programmeId, step.boardId)}>
              {dynamicT(t, `journey.nextStepFrom.${step.source}`, {
                title: step.sourceTitle || t('journey.untitled'),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
