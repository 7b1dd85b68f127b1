import { formatDate } from '@mentoring/shared/i18n/format';
import type { Invite } from '@mentoring/shared/schema/invite';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../app/i18n';
import { CopyLink } from '../invites/CopyLink';
import { QrCode } from '../invites/QrCode';
import { RevokeWithConfirm } from './RevokeWithConfirm';

export interface InviteItemProps {
  invite: Invite;
  /** The link, when this device has it (made here, or fetched from the server). */
  link: string | null;
  highlighted: boolean;
  onRevoke: () => Promise<void>;
  /** Asks the server for the link (any facilitator device may). */
  onFetchLink: () => Promise<void>;
}

/** One invite: role, label, validity; its link with copy and QR code; revoke with confirmation. */
export function InviteItem({ invite, link, highlighted, onRevoke, onFetchLink }: InviteItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [showQr, setShowQr] = useState(false);
  const [busy, setBusy] = useState(false);
  const role = t(`roles.${invite.role}`);
  const expired = Date.parse(invite.expiresAt) <= Date.now();
  const active = !invite.revokedAt && !expired;
  const date = formatDate(language, invite.expiresAt, 'medium');
  const status = invite.revokedAt
    ? t('invites.revoked')
    : expired
      ? t('invites.expired')
      : t('invites.expires', { date });
  const qrId = `qr-${invite.id}`;

  return (
    <li className={highlighted ? 'invite-item highlighted' : 'invite-item'} data-invite-role={invite.role}>
      <div className="invite-head">
        <strong>{role}</strong>
        {invite.label ? <span>{invite.label}</span> : null}
        <span className={active ? 'muted' : 'status-inactive'}>{status}</span>
      </div>
      {active && link ? (
        <CopyLink id={`link-${invite.id}`} link={link} label={t('invites.linkLabel', { role })} />
      ) : null}
      {active && !link ? (
        <button
          type="button"
          className="button small"
          disabled={busy}
          aria-label={t('joinCodes.getLinkFor', { role })}
          onClick={async () => {
            setBusy(true);
            await onFetchLink();
            setBusy(false);
          }}
        >
          {t('joinCodes.getLink')}
        </button>
      ) : null}
      {active ? (
        <div className="actions">
          {link ? (
            <button
              type="button"
              className="button small"
              aria-expanded={showQr}
              aria-controls={qrId}
              onClick={() => setShowQr((shown) => !shown)}
            >
              {showQr ? t('invites.hideQr') : t('invites.showQr')}
            </button>
          ) : null}
          <RevokeWithConfirm question={t('invites.confirmRevoke')} onRevoke={onRevoke} />
        </div>
      ) : null}
      {active && link ? (
        <div id={qrId} hidden={!showQr}>
          {showQr ? <QrCode text={link} alt={t('invites.qrAlt', { role })} /> : null}
        </div>
      ) : null}
    </li>
  );
}
