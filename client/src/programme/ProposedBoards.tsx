import type { Board, BoardKind } from '@mentoring/shared/schema/board';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import './first-run.css';

/** The boards of the guide's journey, in the order a programme usually needs them. */
export const JOURNEY_BOARDS = [
  'needs-analysis',
  'benchmark',
  'scope',
  'support-network',
  'visit-agenda',
  'action-plan',
] as const satisfies readonly BoardKind[];

export interface ProposedBoardsProps {
  programmeId: string;
  token: string;
  /** The programme's boards: the proposal shows only while there are none. */
  boards: readonly Board[];
  canCreate: boolean;
  onCreated: () => Promise<void>;
}

/**
 * Shown to whoever may create boards while a programme has none: the journey's boards, each created
 * with one click under its usual name (renamable afterwards), instead of an empty list.
 */
export function ProposedBoards({ programmeId, token, boards, canCreate, onCreated }: ProposedBoardsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<BoardKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const create = async (kind: BoardKind) => {
    setBusy(kind);
    setFailure(null);
    try {
      await api.createBoard(programmeId, token, { kind, title: t(`boardKinds.${kind}`) });
      await onCreated();
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  if (boards.length > 0 || !canCreate) return null;
  return (
    <section className="proposed-boards" aria-labelledby="proposed-heading">
      <h3 id="proposed-heading">{t('firstRun.proposed.heading')}</h3>
      <p>{t('firstRun.proposed.intro')}</p>
      <ol className="plain-list">
        {JOURNEY_BOARDS.map((kind) => (
          <li key={kind} className="proposed-board">
            <div>
              <strong>{t(`boardKinds.${kind}`)}</strong>
              <p className="muted">{t(`firstRun.proposed.why.${kind}`)}</p>
            </div>
            <button
              type="button"
              className="button small"
              disabled={busy !== null}
              aria-label={t('firstRun.proposed.createLabel', { kind: t(`boardKinds.${kind}`) })}
              onClick={() => void create(kind)}
            >
              {busy === kind ? t('firstRun.proposed.creating') : t('firstRun.proposed.create')}
            </button>
          </li>
        ))}
      </ol>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
    </section>
  );
}
