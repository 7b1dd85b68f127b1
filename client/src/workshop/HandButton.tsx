import { useTranslation } from 'react-i18next';
import { CommandFailure, useCommand } from './use-command';
import { useWorkshop } from './use-workshop-session';

/** Raise or lower my own hand. */
export function HandButton({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  const { snapshot } = useWorkshop();
  const { run, failure, busy } = useCommand();
  const raised = snapshot.roster?.find((entry) => entry.memberId === memberId)?.handRaisedAt != null;
  return (
    <>
      <button
        type="button"
        className="button hand-button"
        aria-pressed={raised}
        disabled={busy || !snapshot.connected}
        data-testid="hand-button"
        onClick={() => void (raised ? run('hand:lower', {}) : run('hand:raise', {}))}
      >
        {raised ? t('workshop.lowerMyHand') : t('workshop.raiseHand')}
      </button>
      {failure ? <CommandFailure failure={failure} /> : null}
    </>
  );
}
