import { useTranslation } from 'react-i18next';
import { CommandFailure, useCommand } from './use-command';

/** The facilitator's lock of this board (stored in the board's document by the server). */
export function LockToggle({ boardId, locked }: { boardId: string; locked: boolean }) {
  const { t } = useTranslation();
  const { run, failure, busy } = useCommand();
  return (
    <section className="workshop-section" aria-labelledby="lock-heading">
      <h2 id="lock-heading" className="visually-hidden">
        {t('workshop.lock')}
      </h2>
      <button
        type="button"
        className="button"
        aria-pressed={locked}
        aria-describedby="lock-hint"
        disabled={busy}
        data-testid="lock-toggle"
        onClick={() => void run('board:lock', { boardId, locked: !locked })}
      >
        {locked ? t('workshop.unlock') : t('workshop.lock')}
      </button>
      <p id="lock-hint" className="hint">
        {t('workshop.lockHint')}
      </p>
      <CommandFailure failure={failure} />
    </section>
  );
}
