import { PHASES } from '@mentoring/shared/journey/model';
import type { JourneyChange } from '@mentoring/shared/journey/settings';
import type { Board, BoardKind } from '@mentoring/shared/schema/board';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/endpoints';
import { apiErrorMessage } from '../../app/form';
import { paths } from '../../app/paths';
import { useToday } from '../../app/use-today';
import { AddStepForm } from './AddStepForm';
import { dynamicT, stepTitle } from './fact-text';
import { NextStepsList } from './NextStepsList';
import { OverdueList } from './OverdueList';
import { StepItem } from './StepItem';
import { useJourney } from './use-journey';
import './journey.css';

export interface JourneySectionProps {
  programmeId: string;
  token: string;
  boards: Board[];
  canCreate: boolean;
  /** The facilitator shapes the journey (skip, mark done, add). */
  canDecide: boolean;
  onBoardsChanged: () => Promise<void>;
}

/**
 * The programme home's journey: where the programme stands, phase by phase, each step with its
 * status in words, what is done and missing, and a way to the board to work on (or to create it).
 * Refreshes live as boards change.
 */
export function JourneySection({
  programmeId,
  token,
  boards,
  canCreate,
  canDecide,
  onBoardsChanged,
}: JourneySectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, failed, change } = useJourney(programmeId, token, boards, onBoardsChanged);
  const today = useToday();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  const onCreate = (kind: BoardKind) =>
    run(async () => {
      const { board } = await api.createBoard(programmeId, token, {
        kind,
        title: dynamicT(t, `boardKinds.${kind}`),
      });
      await onBoardsChanged();
      navigate(paths.board(programmeId, board.id));
    });
  const onChange = (body: JourneyChange) => run(() => change(body));

  const current = data?.journey.steps.find((step) => step.key === data.journey.current);
  return (
    <section className="card journey" aria-labelledby="journey-heading" aria-busy={data ? undefined : true}>
      <h2 id="journey-heading">{t('journey.heading')}</h2>
      <p>{t('journey.intro')}</p>
      <ul className="journey-principles" aria-label={t('journey.principles')}>
        <li>{t('journey.principlePull')}</li>
        <li>{t('journey.principleOwnership')}</li>
      </ul>
      {failed && !data ? <p className="form-error">{t('journey.loadFailed')}</p> : null}
      {data ? (
        <>
          <p className="journey-where" aria-live="polite">
            {current ? t('journey.current', { step: stepTitle(t, current) }) : t('journey.complete')}
          </p>
          <OverdueList
            programmeId={programmeId}
            reviews={data.journey.openReviews}
            nextSteps={data.journey.openNextSteps}
            today={today}
          />
          <NextStepsList programmeId={programmeId} steps={data.journey.openNextSteps} today={today} />
          {PHASES.map((phase) => {
            const steps = data.journey.steps.filter((step) => step.phase === phase);
            return (
              <div key={phase} className="journey-phase">
                <h3 id={`phase-${phase}`}>{dynamicT(t, `journey.phase.${phase}.title`)}</h3>
                <p className="hint">{dynamicT(t, `journey.phase.${phase}.intro`)}</p>
                <ol className="journey-steps" aria-labelledby={`phase-${phase}`}>
                  {steps.map((step) => (
                    <StepItem
                      key={step.key}
                      programmeId={programmeId}
                      step={step}
                      current={step.key === data.journey.current}
                      canCreate={canCreate}
                      canDecide={canDecide}
                      busy={busy}
                      onCreate={onCreate}
                      onChange={onChange}
                    />
                  ))}
                </ol>
              </div>
            );
          })}
          <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
          {canDecide ? <AddStepForm busy={busy} onAdd={(body) => run(() => change(body))} /> : null}
        </>
      ) : null}
    </section>
  );
}
