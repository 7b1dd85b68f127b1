import type { Board } from '@mentoring/shared/schema/board';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../app/form';
import { networkApi } from './network-api';
import './network-forms.css';

/**
 * For the facilitator of a programme that belongs to a network: one switch per board that lets the
 * network's coordinator read it, or takes that back. Off by default: mentoring is confidential, and
 * the coordinator sees only status figures until a board is shared here. The server reads the grant
 * on every request, so switching off holds from the coordinator's next request.
 */
export function BoardGrants({
  programmeId,
  token,
  boards,
}: {
  programmeId: string;
  token: string;
  boards: readonly Board[];
}) {
  const { t } = useTranslation();
  const [granted, setGranted] = useState<Set<string> | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    networkApi.grants(programmeId, token).then(
      (list) => setGranted(new Set(list.grants.map((g) => g.id))),
      (error: unknown) => setFailure(apiErrorMessage(error, t)),
    );
  }, [programmeId, token, t]);

  const toggle = async (board: Board) => {
    if (!granted) return;
    const next = !granted.has(board.id);
    setBusy(board.id);
    setFailure(null);
    try {
      await networkApi.setGrant(programmeId, token, board.id, next);
      const copy = new Set(granted);
      if (next) copy.add(board.id);
      else copy.delete(board.id);
      setGranted(copy);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(null);
    }
  };

  const live = boards.filter((b) => !b.deletedAt);
  return (
    <section className="card network-forms" aria-labelledby="grants-heading">
      <h2 id="grants-heading">{t('networkForms.grantsHeading')}</h2>
      <p>{t('networkForms.grantsIntro')}</p>
      {live.length === 0 ? <p>{t('networkForms.noBoards')}</p> : null}
      {granted ? (
        <ul className="staff-links">
          {live.map((board) => {
            const on = granted.has(board.id);
            return (
              <li key={board.id}>
                <button
                  type="button"
                  role="switch"
                  className="button grant-switch switch"
                  aria-checked={on}
                  disabled={busy === board.id}
                  onClick={() => void toggle(board)}
                >
                  <span>{board.title}</span>
                  <span aria-hidden="true">
                    {on ? t('networkForms.shared') : t('networkForms.notShared')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
    </section>
  );
}
