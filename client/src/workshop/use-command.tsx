import type { ClientEventName, ClientPayload } from '@mentoring/shared/protocol/session-events';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandResult } from './session-store';
import { useWorkshop } from './use-workshop-session';

/**
 * Sends workshop commands and keeps the last failure as a translated message (null: none). The
 * message says what the ack's error code means in the interface language; the server's own text is
 * English, for its log, and is not shown.
 */
export function useCommand() {
  const { t } = useTranslation();
  const explain = useCallback(
    (result: CommandResult) =>
      result.ok ? null : t('workshop.failed', { message: t(`readerLanguage.commandError.${result.error}`) }),
    [t],
  );
  const { send } = useWorkshop();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<CommandResult> => {
      setBusy(true);
      const result = await send(event, payload);
      setBusy(false);
      setFailure(explain(result));
      return result;
    },
    [send, explain],
  );
  const report = useCallback((result: CommandResult) => setFailure(explain(result)), [explain]);
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
