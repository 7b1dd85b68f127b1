import type { Invite } from '@mentoring/shared/schema/invite';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import { keepInviteLink, keptInviteLinks } from '../invites/invite-links';
import { CreateInviteForm } from './CreateInviteForm';
import { InviteItem } from './InviteItem';

/** The facilitator's invite links: create one per role, copy or project it, revoke it. */
export function InvitesSection({ programmeId, token }: { programmeId: string; token: string }) {
  const { t } = useTranslation();
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [links, setLinks] = useState(() => keptInviteLinks(programmeId));
  const [failure, setFailure] = useState<string | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const { invites: list } = await api.invites(programmeId, token);
      setInvites(list.filter((invite) => invite.label !== 'creator'));
      setFailure(null);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  }, [programmeId, token, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const onCreated = async (inviteId: string, link: string) => {
    keepInviteLink(programmeId, inviteId, link);
    setLinks(keptInviteLinks(programmeId));
    setFresh(inviteId);
    await load();
  };

  const sorted = [...(invites ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="card" aria-labelledby="invites-heading">
      <h2 id="invites-heading">{t('invites.heading')}</h2>
      <p>{t('invites.intro')}</p>
      <CreateInviteForm programmeId={programmeId} token={token} onCreated={onCreated} />
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      {invites && sorted.length === 0 ? <p>{t('invites.none')}</p> : null}
      <ul className="invite-list">
        {sorted.map((invite) => (
          <InviteItem
            key={invite.id}
            invite={invite}
            link={links[invite.id] ?? null}
            highlighted={invite.id === fresh}
            onFetchLink={async () => {
              try {
                const { link } = await api.inviteLink(programmeId, token, invite.id);
                keepInviteLink(programmeId, invite.id, link);
                setLinks(keptInviteLinks(programmeId));
              } catch (error) {
                setFailure(apiErrorMessage(error, t));
              }
            }}
            onRevoke={async () => {
              try {
                await api.revokeInvite(programmeId, token, invite.id);
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
