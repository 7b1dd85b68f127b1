import type { Invite } from '@mentoring/shared/schema/invite';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import { CopyLink } from '../invites/CopyLink';
import { announceJoinCodesChanged } from '../programme/join-code-events';
import { projectionLink } from './projection-link';

/**
 * For facilitators (programme home and the "Project" action of a board): creates an observer invite
 * for the room screen and, for the invite people should join with, a short join code whose link
 * (`host/j/ABCD-EFGH`) the screen shows as a small QR code and in words. Works on any facilitator
 * device: nothing of the chosen invite needs to be kept on this one.
 */
export function ProjectionLauncher({ programmeId, token }: { programmeId: string; token: string }) {
  const { t } = useTranslation();
  const [invites, setInvites] = useState<Invite[]>([]);
  const [join, setJoin] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [shortLink, setShortLink] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

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
  const now = Date.now();
  const joinable = invites.filter(
    (invite) =>
      invite.role !== 'observer' &&
      invite.role !== 'facilitator' &&
      invite.revokedAt === null &&
      Date.parse(invite.expiresAt) > now,
  );

  const create = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const created = await api.createInvite(programmeId, token, {
        role: 'observer',
        label: t('projection.inviteLabel'),
      });
      const chosen = joinable.find((invite) => invite.id === join);
      const code = chosen ? await api.createJoinCode(programmeId, token, { inviteId: chosen.id }) : null;
      if (code) announceJoinCodesChanged();
      setShortLink(code?.link ?? null);
      setLink(projectionLink(window.location.origin, programmeId, created.token, code?.link ?? null));
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
    setBusy(false);
  };

  return (
    <section className="card" aria-labelledby={`projection-heading-${programmeId}`}>
      <h2 id={`projection-heading-${programmeId}`}>{t('projection.entry')}</h2>
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
          {shortLink ? (
            <p data-testid="projection-short-link">{t('joinCodes.shortLinkIs', { link: shortLink })}</p>
          ) : null}
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
