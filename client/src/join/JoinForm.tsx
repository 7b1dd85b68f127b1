import type { JoinResponse } from '@mentoring/shared/schema/api';
import { type JoinWithCodeRequest, JoinWithCodeRequestSchema } from '@mentoring/shared/schema/join-code';
import type { Role } from '@mentoring/shared/schema/roles';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/http';
import { rememberSession } from '../api/sessions';
import { TextField } from '../app/Field';
import { apiErrorMessage, optionalText, validate } from '../app/form';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/use-document-title';
import { rememberedProfile, rememberProfile } from './profile';

type FieldName = 'displayName' | 'organisation';

export interface JoinFormProps {
  /** What the link or code opens, checked before the form is shown. */
  programmeTitle: string;
  role: Role;
  /** Joins with the person's name; a 401/403/404/410 means the link or code died meanwhile. */
  join: (body: JoinWithCodeRequest) => Promise<JoinResponse>;
  onDead: () => void;
}

/** Name and organisation, then the programme home (from an invite link or a join code). */
export function JoinForm({ programmeTitle, role, join, onDead }: JoinFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState(rememberedProfile);
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useDocumentTitle(t('join.title'));

  const result = validate(
    JoinWithCodeRequestSchema,
    { displayName: values.displayName, organisation: optionalText(values.organisation) },
    t,
  );
  const shown = (field: FieldName) => (submitted || touched.has(field) ? result.errors?.[field] : undefined);
  const touch = (field: FieldName) => setTouched((prev) => new Set(prev).add(field));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.data) {
      const first = (['displayName', 'organisation'] as const).find((field) => result.errors?.[field]);
      if (first) document.getElementById(`join-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const joined = await join(result.data);
      rememberProfile({ displayName: values.displayName.trim(), organisation: values.organisation.trim() });
      rememberSession(joined.programme.id, joined.token, joined.programme.title);
      // Replace: the invite token or code must not stay in this tab's history.
      navigate(paths.programme(joined.programme.id), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 404, 410].includes(error.status)) onDead();
      else setFailure(apiErrorMessage(error, t));
      setBusy(false);
    }
  };

  return (
    <form className="card form narrow" onSubmit={onSubmit} noValidate aria-labelledby="join-title">
      <h1 id="join-title">{t('join.title')}</h1>
      <p data-testid="join-opens">
        {t('joinCodes.opens', { title: programmeTitle, role: t(`roles.${role}`) })}
      </p>
      <p>{t('join.intro')}</p>
      <TextField
        id="join-displayName"
        label={t('join.displayName')}
        autoComplete="name"
        value={values.displayName}
        onChange={(displayName) => setValues((prev) => ({ ...prev, displayName }))}
        onBlur={() => touch('displayName')}
        error={shown('displayName')}
      />
      <TextField
        id="join-organisation"
        label={t('join.organisation')}
        hint={t('join.organisationHint')}
        optional
        autoComplete="organization"
        value={values.organisation}
        onChange={(organisation) => setValues((prev) => ({ ...prev, organisation }))}
        onBlur={() => touch('organisation')}
        error={shown('organisation')}
      />
      <p className="hint">{t('join.remember')}</p>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('join.submitting') : t('join.submit')}
      </button>
    </form>
  );
}
