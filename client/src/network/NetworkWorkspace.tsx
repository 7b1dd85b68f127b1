import type { ChooseMentorResponseSchema } from '@mentoring/shared/network/api';
import type { Draft, MentorProfile, NetworkRole } from '@mentoring/shared/network/network';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiErrorMessage } from '../app/form';
import { MatchList } from './MatchList';
import { NeedsForm } from './NeedsForm';
import { networkApi } from './network-api';
import { ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';
import { StaffLinks } from './StaffLinks';
import './network-forms.css';

/**
 * What both roles of a network do on its page: the coordinator's links for staff, the mentor pool
 * (profiles), and programmes started from needs with their ranked, explained matches.
 */
export function NetworkWorkspace({
  networkId,
  token,
  role,
}: {
  networkId: string;
  token: string;
  role: NetworkRole;
}) {
  const { t } = useTranslation();
  const [profiles, setProfiles] = useState<MentorProfile[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [editing, setEditing] = useState<MentorProfile | null>(null);
  const [showing, setShowing] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const [p, d] = await Promise.all([
        networkApi.profiles(networkId, token),
        networkApi.drafts(networkId, token),
      ]);
      setProfiles(p.profiles);
      setDrafts(d.drafts);
      setFailure(null);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  }, [networkId, token, t]);
  useEffect(() => {
    void load();
  }, [load]);

  const onChosen = (made: z.infer<typeof ChooseMentorResponseSchema>) => {
    setShowing(null);
    setNotice(t('networkForms.chosenNotice', { title: made.programme.title }));
    void load();
  };
  const open = drafts.filter((d) => !d.programmeId);
  const chosen = drafts.filter((d) => d.programmeId);

  return (
    <div className="stack network-forms">
      {failure ? <p className="form-error">{failure}</p> : null}
      {role === 'network-coordinator' ? <StaffLinks networkId={networkId} token={token} /> : null}
      <section aria-labelledby="pool-heading" className="stack">
        <h2 id="pool-heading">{t('networkForms.poolHeading')}</h2>
        <ProfileList
          networkId={networkId}
          token={token}
          profiles={profiles}
          onEdit={setEditing}
          onChanged={() => void load()}
        />
        <ProfileForm
          key={editing?.id ?? 'new'}
          networkId={networkId}
          token={token}
          editing={editing}
          onSaved={() => {
            setEditing(null);
            void load();
          }}
          onCancel={editing ? () => setEditing(null) : undefined}
        />
      </section>
      <section aria-labelledby="drafts-heading" className="stack">
        <h2 id="drafts-heading">{t('networkForms.draftsHeading')}</h2>
        <div aria-live="polite">{notice ? <p className="form-ok">{notice}</p> : null}</div>
        {open.length === 0 ? <p>{t('networkForms.noDrafts')}</p> : null}
        <ul className="draft-list" aria-label={t('networkForms.openDrafts')}>
          {open.map((draft) => {
            const shown = showing === draft.id;
            return (
              <li key={draft.id} className="card" data-draft={draft.title}>
                <h3>{t('networkForms.draftLine', { title: draft.title, city: draft.needs.city })}</h3>
                <p className="muted">
                  {t('networkForms.draftNeeds', {
                    theme: t(`networkForms.theme.${draft.needs.theme}`),
                    factors: draft.needs.gapFactors.map((f) => t(`networkForms.factor.${f}`)).join(', '),
                  })}
                </p>
                <button
                  type="button"
                  className="button small"
                  aria-expanded={shown}
                  aria-controls={`matches-${draft.id}`}
                  onClick={() => setShowing(shown ? null : draft.id)}
                >
                  {shown
                    ? t('networkForms.hideMatches')
                    : t('networkForms.showMatches', { title: draft.title })}
                </button>
                <div id={`matches-${draft.id}`} hidden={!shown}>
                  {shown ? (
                    <MatchList networkId={networkId} token={token} draft={draft} onChosen={onChosen} />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
        {chosen.length > 0 ? (
          <>
            <h3>{t('networkForms.chosenHeading')}</h3>
            <ul className="draft-list">
              {chosen.map((draft) => (
                <li key={draft.id}>
                  {t('networkForms.chosenLine', {
                    title: draft.title,
                    city: draft.needs.city,
                    mentor:
                      profiles.find((p) => p.id === draft.mentorProfileId)?.profile.city ?? t('network.none'),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <NeedsForm
          networkId={networkId}
          token={token}
          onOpened={(draft) => {
            setShowing(draft.id);
            void load();
          }}
        />
      </section>
    </div>
  );
}
