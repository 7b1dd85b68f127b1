import { formatDate } from '@mentoring/shared/i18n/format';
import type { Invite } from '@mentoring/shared/schema/invite';
import { formatJoinCode, type JoinCode } from '@mentoring/shared/schema/join-code';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import { useLanguage } from '../app/i18n';
import { onJoinCodesChanged } from './join-code-events';
import { RevokeWithConfirm } from './RevokeWithConfirm';

/** A code still opens its invite: not revoked and not past its end. */
export function isActiveCode(code: JoinCode, now: number): boolean {
  return code.revokedAt === null && Date.parse(code.expiresAt) > now;
}

/**
 * The facilitator's list of the room's short join codes still in use (made by the projection
 * set-up), each with the role it opens and until when, and a revoke with confirmation: a code seen
 * on a photo of the screen can be withdrawn without revoking the invite behind it.
 */
export function JoinCodesSection({ programmeId, token }: { programmeId: string; token: string }) {
  const { t } = useTranslation();
  const [codes, setCodes] = useState<JoinCode[] | null>(null);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [{ joinCodes }, { invites: list }] = await Promise.all([
        api.joinCodes(programmeId, token),
        api.invites(programmeId, token),
      ]);
      setCodes(joinCodes);
      setInvites(list);
      setFailure(null);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  }, [programmeId, token, t]);

  useEffect(() => {
    void load();
    return onJoinCodesChanged(() => void load());
  }, [load]);

  const now = Date.now();
  const active = (codes ?? [])
    .filter((code) => isActiveCode(code, now))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="card" aria-labelledby="join-codes-heading" data-testid="join-codes">
      <h2 id="join-codes-heading">{t('joinCodes.listHeading')}</h2>
      <p>{t('joinCodes.listIntro')}</p>
      <div aria-live="polite">
        {failure ? <p className="form-error">{failure}</p> : null}
        {notice ? <p className="muted">{notice}</p> : null}
      </div>
      {codes && active.length === 0 ? <p>{t('joinCodes.listNone')}</p> : null}
      <ul className="invite-list">
        {active.map((code) => (
          <JoinCodeItem
            key={code.code}
            code={code}
            invite={invites.find((invite) => invite.id === code.inviteId) ?? null}
            onRevoke={async () => {
              try {
                await api.revokeJoinCode(programmeId, token, code.code);
                setNotice(t('joinCodes.revokedNotice', { code: formatJoinCode(code.code) }));
                await load();
              } catch (error) {
                setFailure(apiErrorMessage(error, t));
              }
            }}
          />
        ))}
      </ul>
    </section>
  );
}

interface JoinCodeItemProps {
  code: JoinCode;
  invite: Invite | null;
  onRevoke: () => Promise<void>;
}

function JoinCodeItem({ code, invite, onRevoke }: JoinCodeItemProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const shown = formatJoinCode(code.code);
  const role = invite ? t(`roles.${invite.role}`) : t('joinCodes.unknownRole');
  return (
    <li className="invite-item" data-join-code={code.code}>
      <div className="invite-head">
        <strong className="join-code-value">{shown}</strong>
        <span>{invite?.label ? `${invite.label} (${role})` : role}</span>
        <span className="muted">
          {t('invites.expires', { date: formatDate(language, code.expiresAt, 'medium') })}
        </span>
      </div>
      <div className="actions">
        <RevokeWithConfirm
          question={t('joinCodes.confirmRevoke', { code: shown })}
          label={t('joinCodes.revokeCode', { code: shown })}
          onRevoke={onRevoke}
        />
      </div>
    </li>
  );
}
