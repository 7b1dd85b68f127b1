import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { forgetSession } from '../api/sessions';
import { ConfirmDialog } from '../versions/ConfirmDialog';
import { paths } from './paths';

/**
 * "Leave" from the person menu: after a confirmation, this device forgets its session for the
 * programme and goes to the start page. The membership itself stays; the invite link brings one back.
 */
export function useLeave(programmeId: string | undefined): {
  ask: (() => void) | undefined;
  dialog: ReactElement | null;
} {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  if (!programmeId) return { ask: undefined, dialog: null };
  const dialog = asking ? (
    <ConfirmDialog
      title={t('look.leaveTitle')}
      body={t('look.leaveBody')}
      confirmLabel={t('look.leaveConfirm')}
      busy={false}
      onCancel={() => setAsking(false)}
      onConfirm={() => {
        forgetSession(programmeId);
        setAsking(false);
        navigate(paths.start);
      }}
    />
  ) : null;
  return { ask: () => setAsking(true), dialog };
}
