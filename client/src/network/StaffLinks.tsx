import type { NetworkRole } from '@mentoring/shared/network/network';
import { NetworkRoleSchema } from '@mentoring/shared/network/network';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../app/Field';
import { apiErrorMessage } from '../app/form';
import { CopyLink } from '../invites/CopyLink';
import { FoldedForm } from './FoldedForm';
import { networkApi } from './network-api';

interface Made {
  id: string;
  role: NetworkRole;
  label: string;
  link: string;
}

/**
 * The coordinator makes capability links for the network's roles: association staff (profiles and
 * drafts) or another coordinator. Each link is shown once here, with copy; it is not stored on
 * this device.
 */
export function StaffLinks({ networkId, token }: { networkId: string; token: string }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<NetworkRole>('association-staff');
  const [label, setLabel] = useState('');
  const [made, setMade] = useState<Made[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const labelError = submitted && label.trim() === '' ? t('form.required') : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (label.trim() === '') {
      document.getElementById('staff-label')?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await networkApi.invite(networkId, token, role, label.trim());
      setMade((prev) => [
        { id: result.invite.id, role, label: result.invite.label, link: result.link },
        ...prev,
      ]);
      setLabel('');
      setSubmitted(false);
      setOpen(false);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('networkForms.staffHeading')}</h2>
      <p>{t('networkForms.staffIntro')}</p>
      <FoldedForm
        label={t('networkForms.openStaffForm')}
        expanded={open}
        onExpandedChange={(next) => {
          setOpen(next);
          setSubmitted(false);
          setFailure(null);
        }}
      >
        <form className="form" onSubmit={onSubmit} noValidate>
          <div className="field-row">
            <SelectField
              id="staff-role"
              label={t('networkForms.staffRole')}
              value={role}
              options={NetworkRoleSchema.options.map((r) => ({
                value: r,
                label: t(`networkForms.roleName.${r}`),
              }))}
              onChange={setRole}
            />
            <TextField
              id="staff-label"
              label={t('networkForms.staffLabel')}
              hint={t('networkForms.staffLabelHint')}
              value={label}
              onChange={setLabel}
              maxLength={80}
              error={labelError}
            />
          </div>
          <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('networkForms.makeLink')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      </FoldedForm>
      {made.length > 0 ? (
        <ul className="staff-links" aria-label={t('networkForms.madeLinks')}>
          {made.map((m) => (
            <li key={m.id}>
              <strong>{t(`networkForms.roleName.${m.role}`)}</strong> {m.label}
              <CopyLink
                id={`network-link-${m.id}`}
                link={m.link}
                label={t('networkForms.linkFor', {
                  role: t(`networkForms.roleName.${m.role}`),
                  label: m.label,
                })}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
