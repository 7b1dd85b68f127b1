import type { Step } from '@mentoring/shared/journey/model';
import type { JourneyChange } from '@mentoring/shared/journey/settings';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLanguage } from '../../app/i18n';
import { paths } from '../../app/paths';
import { dynamicT, factText, stepNext, stepPurpose, stepTitle } from './fact-text';

export interface StepItemProps {
  programmeId: string;
  step: Step;
  current: boolean;
  canCreate: boolean;
  canDecide: boolean;
  busy: boolean;
  onCreate: (kind: BoardKind) => void;
  onChange: (change: JourneyChange) => void;
}

const MARK = { 'not-started': '○', 'in-progress': '◐', done: '●', skipped: '–' } as const;

/** One step of the journey: status in words, purpose, what is done and missing, what to do next. */
export function StepItem({
  programmeId,
  step,
  current,
  canCreate,
  canDecide,
  busy,
  onCreate,
  onChange,
}: StepItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const title = stepTitle(t, step);
  const headingId = `step-${step.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const skipped = step.status === 'skipped';
  const done = step.status === 'done';
  return (
    <li
      className={`journey-step journey-${step.status}${current ? ' journey-current' : ''}`}
      data-step={step.key}
      data-status={step.status}
      aria-labelledby={headingId}
      aria-current={current ? 'step' : undefined}
    >
      <h4 id={headingId}>
        <span aria-hidden="true" className="journey-mark">
          {MARK[step.status]}
        </span>{' '}
        {title}
      </h4>
      <p className="journey-status">
        {t('journey.statusLabel')} <strong>{t(`journey.status.${step.status}`)}</strong>
        {current ? ` · ${t('journey.now')}` : null}
      </p>
      <p className="hint">{stepPurpose(t, step)}</p>
      {!skipped && !done ? (
        <p className="journey-next-hint">
          <strong>{t('journey.nextLabel')}</strong> {stepNext(t, step)}
        </p>
      ) : null}
      {step.done.length > 0 ? (
        <>
          <p className="journey-list-title">{t('journey.done')}</p>
          <ul>
            {step.done.map((fact) => (
              <li key={`${fact.key}-${fact.field ?? ''}`}>{factText(t, language, fact)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {step.missing.length > 0 && !skipped ? (
        <>
          <p className="journey-list-title">{t('journey.missing')}</p>
          <ul>
            {step.missing.map((fact) => (
              <li key={`${fact.key}-${fact.field ?? ''}`}>{factText(t, language, fact)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="journey-actions">
        {step.boards.map((board) => (
          <Link key={board.id} className="button" to={paths.board(programmeId, board.id)}>
            {t('journey.open', { title: board.title })}
          </Link>
        ))}
        {step.create && canCreate && !skipped ? (
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => onCreate(step.create!)}
          >
            {t('journey.create', { kind: dynamicT(t, `boardKinds.${step.create}`) })}
          </button>
        ) : null}
        {canDecide && step.manual && !skipped ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-pressed={done}
            onClick={() => onChange({ action: 'complete', step: step.key, completed: !done })}
          >
            {t('journey.markDone', { step: title })}
          </button>
        ) : null}
        {/* A step already done has nothing left to skip; a skipped one can be brought back. */}
        {canDecide && step.type !== 'added' && !done ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onChange({ action: 'skip', step: step.key, skipped: !skipped })}
          >
            {skipped ? t('journey.resume', { step: title }) : t('journey.skip', { step: title })}
          </button>
        ) : null}
        {canDecide && step.type === 'added' ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onChange({ action: 'remove', id: step.key.slice('added:'.length) })}
          >
            {t('journey.remove', { step: title })}
          </button>
        ) : null}
      </div>
    </li>
  );
}
