import type { MentorProfile } from '@mentoring/shared/network/network';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../app/form';
import { ConfirmDialog } from '../versions/ConfirmDialog';
import { networkApi } from './network-api';

/** The network's published profiles: each city with its areas of experience, to edit or delete. */
export function ProfileList({
  networkId,
  token,
  profiles,
  onEdit,
  onChanged,
}: {
  networkId: string;
  token: string;
  profiles: readonly MentorProfile[];
  onEdit: (profile: MentorProfile) => void;
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
            <div className="actions">
              <button
                type="button"
                className="button small"
                aria-label={t('networkForms.editProfileOf', { city: p.profile.city })}
                onClick={() => onEdit(p)}
              >
                {t('networkForms.edit')}
              </button>
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
