import { JoinRequestSchema } from '@mentoring/shared/schema/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/endpoints';
import { ApiError } from '../api/http';
import { rememberSession, tokenFromFragment } from '../api/sessions';
import { TextField } from '../app/Field';
import { apiErrorMessage, optionalText, validate } from '../app/form';
import { NoticePage } from '../app/NoticePage';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/use-document-title';
import { rememberedProfile, rememberProfile } from './profile';

type FieldName = 'displayName' | 'organisation';

/** Joining from an invite link (`/join#token=…`): name and organisation, then the programme home. */
export function JoinPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const token = tokenFromFragment(location.hash);
  const [values, setValues] = useState(rememberedProfile);
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dead, setDead] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useDocumentTitle(token && !dead ? t('join.title') : undefined);
  // Another link opened in this tab (only the fragment changes): its own fresh start.
  const [shownFor, setShownFor] = useState(token);
  if (shownFor !== token) {
    setShownFor(token);
    setDead(false);
    setSubmitted(false);
    setFailure(null);
  }

  if (!token) return <NoticePage title={t('join.noLinkTitle')} body={t('join.noLinkBody')} />;
  if (dead) return <NoticePage title={t('join.deadLinkTitle')} body={t('join.deadLinkBody')} />;

  const result = validate(
    JoinRequestSchema,
    { token, displayName: values.displayName, organisation: optionalText(values.organisation) },
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
      const joined = await api.join(result.data);
      rememberProfile({ displayName: values.displayName.trim(), organisation: values.organisation.trim() });
      rememberSession(joined.programme.id, joined.token, joined.programme.title);
      // Replace: the invite token must not stay in this tab's history.
      navigate(paths.programme(joined.programme.id), { replace: true });
    } catch (error) {
      if (error instanceof ApiError && [401, 403, 404, 410].includes(error.status)) setDead(true);
      else setFailure(apiErrorMessage(error, t));
      setBusy(false);
    }
  };

  return (
    <form className="card form narrow" onSubmit={onSubmit} noValidate aria-labelledby="join-title">
      <h1 id="join-title">{t('join.title')}</h1>
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
