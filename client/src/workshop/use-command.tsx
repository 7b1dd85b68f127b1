import type { ClientEventName, ClientPayload } from '@mentoring/shared/protocol/session-events';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from './session-store';
import { useWorkshop } from './use-workshop-session';

/** Sends workshop commands and keeps the last failure as a translated message (null: none). */
export function useCommand() {
  const { t } = useTranslation();
  const { send } = useWorkshop();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<CommandResult> => {
      setBusy(true);
      const result = await send(event, payload);
      setBusy(false);
      setFailure(result.ok ? null : t('workshop.failed', { message: result.message }));
      return result;
    },
    [send, t],
  );
  const report = useCallback(
    (result: CommandResult) =>
      setFailure(result.ok ? null : t('workshop.failed', { message: result.message })),
    [t],
  );
  return { run, report, failure, busy };
}

/** Where a command's failure is announced (an alert, read at once). */
export function CommandFailure({ failure }: { failure: string | null }) {
  return (
    <p className="workshop-failure" role="alert">
      {failure}
    </p>
  );
}
