import type { MentorProfile } from '@mentoring/shared/network/network';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../app/form';
import { ConfirmDialog } from '../versions/ConfirmDialog';
import { FoldedForm } from './FoldedForm';
import { networkApi } from './network-api';
import { ProfileForm } from './ProfileForm';

/**
 * The network's published profiles: each city with its areas of experience, to delete, or to edit
 * in a form folded behind its "Edit" button (one open at a time: `editing`).
 */
export function ProfileList({
  networkId,
  token,
  profiles,
  editing,
  onEditChange,
  onSaved,
  onChanged,
}: {
  networkId: string;
  token: string;
  profiles: readonly MentorProfile[];
  editing: string | null;
  onEditChange: (profile: MentorProfile, open: boolean) => void;
  onSaved: (profile: MentorProfile) => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<MentorProfile | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (profiles.length === 0) return <p>{t('networkForms.noProfiles')}</p>;
  return (
    <>
      <ul className="profile-list" aria-label={t('networkForms.profilesList')}>
        {profiles.map((p) => (
          <li key={p.id} className="card" data-profile={p.profile.city}>
            <strong>{p.profile.city}</strong>
            {p.profile.country ? <span> ({p.profile.country})</span> : null}
            <p className="muted">
              {p.profile.experienceAreas.map((theme) => t(`networkForms.theme.${theme}`)).join(', ')}
            </p>
            <div className="actions profile-actions">
              <FoldedForm
                label={t('networkForms.edit')}
                accessibleLabel={t('networkForms.editProfileOf', { city: p.profile.city })}
                className="button small"
                expanded={editing === p.id}
                onExpandedChange={(open) => onEditChange(p, open)}
              >
                <ProfileForm
                  networkId={networkId}
                  token={token}
                  editing={p}
                  onSaved={onSaved}
                  onCancel={() => onEditChange(p, false)}
                />
              </FoldedForm>
              <button
                type="button"
                className="button small danger"
                aria-label={t('networkForms.deleteProfileOf', { city: p.profile.city })}
                onClick={() => setDeleting(p)}
              >
                {t('networkForms.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      {deleting ? (
        <ConfirmDialog
          title={t('networkForms.deleteTitle', { city: deleting.profile.city })}
          body={t('networkForms.deleteBody')}
          confirmLabel={t('networkForms.delete')}
          busy={busy}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            setBusy(true);
            setFailure(null);
            try {
              await networkApi.deleteProfile(networkId, token, deleting.id);
              onChanged();
            } catch (error) {
              setFailure(apiErrorMessage(error, t));
            } finally {
              setBusy(false);
              setDeleting(null);
            }
          }}
        />
      ) : null}
    </>
  );
}
