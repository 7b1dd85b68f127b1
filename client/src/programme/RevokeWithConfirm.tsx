import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Revoke", then a question and "Yes, revoke" / "Cancel" in place (an invite, a join code): nothing
 * is revoked by one slip of the finger, and the question is announced when it appears.
 */
export function RevokeWithConfirm({
  question,
  label,
  onRevoke,
}: {
  question: string;
  /** The first button's accessible name, when "Revoke" alone would not say what it revokes. */
  label?: string;
  onRevoke: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!confirming)
    return (
      <button type="button" className="button small" aria-label={label} onClick={() => setConfirming(true)}>
        {t('invites.revoke')}
      </button>
    );
  return (
    <>
      <p role="alert" className="confirm-text">
        {question}
      </p>
      <button
        type="button"
        className="button small danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onRevoke();
          setBusy(false);
          setConfirming(false);
        }}
      >
        {t('invites.yesRevoke')}
      </button>
      <button type="button" className="button small" onClick={() => setConfirming(false)}>
        {t('form.cancel')}
      </button>
    </>
  );
}
