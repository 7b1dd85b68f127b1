import type { ChooseMentorResponseSchema } from '@mentoring/shared/network/api';
import type { Draft, MentorProfile, NetworkRole } from '@mentoring/shared/network/network';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { apiErrorMessage } from '../app/form';
import type { NetworkChanges } from '../sync/use-network-changes';
import { DraftList } from './DraftList';
import { FoldedForm } from './FoldedForm';
import { NeedsForm } from './NeedsForm';
import { networkApi } from './network-api';
import { ProfileForm } from './ProfileForm';
import { ProfileList } from './ProfileList';
import { StaffLinks } from './StaffLinks';
import './network-forms.css';

/** Which form is open: at most one at a time (a new profile, one profile's edit, or new needs). */
type OpenForm = { kind: 'profile' } | { kind: 'edit'; id: string } | { kind: 'needs' } | null;

/**
 * What both roles of a network do on its page: the coordinator's links for staff, the mentor pool
 * (profiles), and programmes started from needs with their ranked, explained matches. The lists
 * are always shown and live (re-read when `changes` says so); each form is folded behind its button.
 */
export function NetworkWorkspace({
  networkId,
  token,
  role,
  changes,
}: {
  networkId: string;
  token: string;
  role: NetworkRole;
  changes: NetworkChanges;
}) {
  const { t } = useTranslation();
  const [profiles, setProfiles] = useState<MentorProfile[]>([]);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [form, setForm] = useState<OpenForm>(null);
  const [showing, setShowing] = useState<string | null>(null);
  // The draft whose "choose" dialog is open stays listed, so a change elsewhere cannot close it
  // (the dialog shows the invite links only once).
  const [pinned, setPinned] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [poolNotice, setPoolNotice] = useState<string | null>(null);
  const [draftNotice, setDraftNotice] = useState<string | null>(null);
  // Answers can come back out of order when notices follow each other: only the latest read counts.
  const reads = useRef({ profiles: 0, drafts: 0 });

  const loadProfiles = useCallback(async () => {
    const read = ++reads.current.profiles;
    try {
      const { profiles: list } = await networkApi.profiles(networkId, token);
      if (read === reads.current.profiles) setProfiles(list);
      setFailure(null);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  }, [networkId, token, t]);
  const loadDrafts = useCallback(async () => {
    const read = ++reads.current.drafts;
    try {
      const { drafts: list } = await networkApi.drafts(networkId, token);
      if (read === reads.current.drafts) setDrafts(list);
      setFailure(null);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  }, [networkId, token, t]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a profiles notice is what re-reads them
  useEffect(() => {
    void loadProfiles();
  }, [loadProfiles, changes.profiles]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a drafts notice (or a closed dialog) re-reads them
  useEffect(() => {
    void loadDrafts();
  }, [loadDrafts, changes.drafts, pinned]);

  const onChosen = (made: z.infer<typeof ChooseMentorResponseSchema>) => {
    setShowing(null);
    setPinned(null);
    setDraftNotice(t('networkForms.chosenNotice', { title: made.programme.title }));
  };
  const toggle = (next: OpenForm) => (open: boolean) => setForm(open ? next : null);
  const profileSaved = (profile: MentorProfile) => {
    setForm(null);
    setPoolNotice(t('networkForms.profileSaved', { city: profile.profile.city }));
    void loadProfiles();
  };

  return (
    <div className="stack network-forms">
      {failure ? <p className="form-error">{failure}</p> : null}
      {role === 'network-coordinator' ? <StaffLinks networkId={networkId} token={token} /> : null}
      <section aria-labelledby="pool-heading" className="stack">
        <h2 id="pool-heading">{t('networkForms.poolHeading')}</h2>
        <div aria-live="polite">{poolNotice ? <p className="form-ok">{poolNotice}</p> : null}</div>
        <ProfileList
          networkId={networkId}
          token={token}
          profiles={profiles}
          editing={form?.kind === 'edit' ? form.id : null}
          onEditChange={(profile, open) => setForm(open ? { kind: 'edit', id: profile.id } : null)}
          onSaved={profileSaved}
          onChanged={() => void loadProfiles()}
        />
        <FoldedForm
          label={t('networkForms.openProfileForm')}
          expanded={form?.kind === 'profile'}
          onExpandedChange={toggle({ kind: 'profile' })}
        >
          <ProfileForm
            networkId={networkId}
            token={token}
            editing={null}
            onSaved={profileSaved}
            onCancel={() => setForm(null)}
          />
        </FoldedForm>
      </section>
      <section aria-labelledby="drafts-heading" className="stack">
        <h2 id="drafts-heading">{t('networkForms.draftsHeading')}</h2>
        <div aria-live="polite">{draftNotice ? <p className="form-ok">{draftNotice}</p> : null}</div>
        <DraftList
          networkId={networkId}
          token={token}
          drafts={drafts}
          profiles={profiles}
          showing={showing}
          onShow={setShowing}
          pinned={pinned}
          onPin={setPinned}
          onChosen={onChosen}
          profilesChanged={changes.profiles}
        />
        <FoldedForm
          label={t('networkForms.openNeedsForm')}
          expanded={form?.kind === 'needs'}
          onExpandedChange={toggle({ kind: 'needs' })}
        >
          <NeedsForm
            networkId={networkId}
            token={token}
            onCancel={() => setForm(null)}
            onOpened={(draft) => {
              setForm(null);
              setShowing(draft.id);
              setDraftNotice(t('networkForms.draftOpened', { title: draft.title }));
              void loadDrafts();
            }}
          />
        </FoldedForm>
      </section>
    </div>
  );
}
