import { CreateNetworkRequestSchema, type CreateNetworkResponse } from '@mentoring/shared/network/api';
import type { Language } from '@mentoring/shared/schema/programme';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../app/Field';
import { apiErrorMessage, validate } from '../app/form';
import { LANGUAGES, useLanguage } from '../app/i18n';
import { CopyLink } from '../invites/CopyLink';
import { networkApi } from './network-api';
import './network-forms.css';

/**
 * Creates a network of municipalities without an account: the answer is the coordinator's link,
 * shown with copy (it is the only key to the network), and a way to open it.
 */
export function CreateNetworkForm() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [values, setValues] = useState({ name: '', language: language as Language });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [created, setCreated] = useState<CreateNetworkResponse | null>(null);
  const result = validate(CreateNetworkRequestSchema, values, t);
  const errors = submitted ? (result.errors ?? {}) : {};

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.data) {
      document.getElementById('network-name')?.focus();
      return;
    }
    setBusy(true);
    try {
      setCreated(await networkApi.create(result.data.name, result.data.language));
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <section className="card network-forms" aria-labelledby="network-created-heading">
        <h2 id="network-created-heading">
          {t('networkForms.createdHeading', { name: created.network.name })}
        </h2>
        <p role="status">{t('networkForms.createdBody')}</p>
        <CopyLink id="coordinator-link" link={created.link} label={t('networkForms.coordinatorLink')} />
        <div className="actions">
          <a className="button primary" href={created.link}>
            {t('networkForms.openNetwork')}
          </a>
        </div>
      </section>
    );
  }
  return (
    <form
      className="card form network-forms"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="create-network-heading"
    >
      <h2 id="create-network-heading">{t('networkForms.createHeading')}</h2>
      <p>{t('networkForms.createIntro')}</p>
      <TextField
        id="network-name"
        label={t('networkForms.networkName')}
        value={values.name}
        onChange={(name) => setValues((prev) => ({ ...prev, name }))}
        error={errors.name}
      />
      <SelectField
        id="network-language"
        label={t('networkForms.networkLanguage')}
        value={values.language}
        options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`), lang: lng }))}
        onChange={(lng) => setValues((prev) => ({ ...prev, language: lng }))}
      />
      <div aria-live="polite">
        {submitted && !result.data ? <p className="form-error">{t('form.fixErrors')}</p> : null}
        {failure ? <p className="form-error">{failure}</p> : null}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t('networkForms.createSubmit')}
      </button>
    </form>
  );
}
