import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an action that changes the board for everyone; Cancel has focus first. */
export function ConfirmDialog({ title, body, confirmLabel, busy, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onCancel} className="confirm">
      <p>{body}</p>
      <div className="row">
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice has focus first in a confirmation. */}
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('form.cancel')}
        </button>
        <button type="button" className="button primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
