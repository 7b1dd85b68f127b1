import type { Invite } from '@mentoring/shared/schema/invite';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import { CopyLink } from '../invites/CopyLink';
import { keptInviteLinks } from '../invites/invite-links';
import { projectionLink } from './projection-link';

/**
 * On the programme home, for facilitators: creates an observer invite for the room screen and gives
 * the projection link, with the participant invite link (kept on this device) to show on it.
 */
export function ProjectionLauncher({ programmeId, token }: { programmeId: string; token: string }) {
  const { t } = useTranslation();
  const [invites, setInvites] = useState<Invite[]>([]);
  const [join, setJoin] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const kept = keptInviteLinks(programmeId);

  // Invites made since this page opened appear when the list is next focused.
  const load = useCallback(
    () =>
      api.invites(programmeId, token).then(
        ({ invites: list }) => setInvites(list),
        () => undefined,
      ),
    [programmeId, token],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const joinable = invites.filter(
    (invite) => invite.role !== 'observer' && invite.revokedAt === null && kept[invite.id] !== undefined,
  );

  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const created = await api.createInvite(programmeId, token, {
        role: 'observer',
        label: t('projection.inviteLabel'),
      });
      setLink(projectionLink(window.location.origin, programmeId, created.token, kept[join] ?? null));
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
    setBusy(false);
  };

  return (
    <section className="card" aria-labelledby="projection-heading">
      <h2 id="projection-heading">{t('projection.entry')}</h2>
      <p>{t('projection.entryIntro')}</p>
      <label htmlFor="projection-join">{t('projection.joinLinkLabel')}</label>
      <select
        id="projection-join"
        value={join}
        onFocus={() => void load()}
        onChange={(event) => setJoin(event.target.value)}
      >
        <option value="">{t('projection.joinLinkNone')}</option>
        {joinable.map((invite) => (
          <option key={invite.id} value={invite.id}>
            {invite.label ? `${invite.label} (${t(`roles.${invite.role}`)})` : t(`roles.${invite.role}`)}
          </option>
        ))}
      </select>
      <p>
        <button type="button" className="button primary" disabled={busy} onClick={() => void create()}>
          {t('projection.create')}
        </button>
      </p>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      {link ? (
        <>
          <CopyLink id="projection-link" link={link} label={t('projection.linkLabel')} />
          <p>
            <a className="button" href={link} target="_blank" rel="noreferrer" data-testid="projection-open">
              {t('projection.open')}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
