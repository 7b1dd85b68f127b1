import { CreateInviteRequestSchema } from '@mentoring/shared/schema/api';
import { type Role, RoleSchema } from '@mentoring/shared/schema/roles';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { SelectField, TextField } from '../app/Field';
import { apiErrorMessage, optionalText, validate } from '../app/form';

const DAY_CHOICES = ['1', '7', '30', '90', '365'] as const;
type Days = (typeof DAY_CHOICES)[number];

/** Role, optional label and lifetime of a new invite link. */
export function CreateInviteForm({
  programmeId,
  token,
  onCreated,
}: {
  programmeId: string;
  token: string;
  onCreated: (inviteId: string, link: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>('mentee');
  const [label, setLabel] = useState('');
  const [days, setDays] = useState<Days>('30');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const result = validate(
    CreateInviteRequestSchema,
    { role, label: optionalText(label), expiresInHours: Number(days) * 24 },
    t,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!result.data) return;
    setBusy(true);
    try {
      const created = await api.createInvite(programmeId, token, result.data);
      await onCreated(created.inviteId, created.link);
      setLabel('');
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="subform" onSubmit={onSubmit} noValidate aria-label={t('invites.create')}>
      <div className="field-row">
        <SelectField
          id="invite-role"
          label={t('invites.role')}
          value={role}
          options={RoleSchema.options.map((value) => ({ value, label: t(`roles.${value}`) }))}
          onChange={setRole}
        />
        <SelectField
          id="invite-days"
          label={t('invites.expiresIn')}
          value={days}
          options={DAY_CHOICES.map((value) => ({
            value,
            label: t('invites.days', { count: Number(value) }),
          }))}
          onChange={setDays}
        />
      </div>
      <TextField
        id="invite-label"
        label={t('invites.label')}
        hint={t('invites.labelHint')}
        optional
        value={label}
        onChange={setLabel}
        error={result.errors?.label}
      />
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('invites.creating') : t('invites.create')}
      </button>
    </form>
  );
}
