import { CreateProgrammeRequestSchema } from '@mentoring/shared/schema/api';
import type { Language } from '@mentoring/shared/schema/programme';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/endpoints';
import { rememberSession } from '../api/sessions';
import { SelectField, TextField } from '../app/Field';
import { apiErrorMessage, type FieldErrors, optionalText, validate } from '../app/form';
import { LANGUAGES, useLanguage } from '../app/i18n';
import { paths } from '../app/paths';

type FieldName = 'title' | 'theme' | 'menteeCity' | 'mentorCity' | 'language' | 'facilitatorName';
const TEXT_FIELDS = ['title', 'theme', 'menteeCity', 'mentorCity', 'facilitatorName'] as const;

/** The start page's form: validated inline with the shared schema, then `POST /api/programmes`. */
export function CreateProgrammeForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { language } = useLanguage();
  const [values, setValues] = useState({
    title: '',
    theme: '',
    menteeCity: '',
    mentorCity: '',
    facilitatorName: '',
    language: language as Language,
  });
  const [touched, setTouched] = useState<Set<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const input = {
    ...values,
    theme: optionalText(values.theme),
    facilitatorName: optionalText(values.facilitatorName),
  };
  const result = validate(CreateProgrammeRequestSchema, input, t);
  const errors: FieldErrors<FieldName> = result.errors ?? {};
  const shown = (field: FieldName) => (submitted || touched.has(field) ? errors[field] : undefined);
  const touch = (field: FieldName) => setTouched((prev) => new Set(prev).add(field));
  const set = (field: FieldName) => (value: string) => setValues((prev) => ({ ...prev, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.data) {
      const first = TEXT_FIELDS.find((field) => errors[field]);
      if (first) document.getElementById(`programme-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await api.createProgramme(result.data);
      rememberSession(created.programme.id, created.facilitatorToken, created.programme.title);
      navigate(paths.programme(created.programme.id));
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
      setBusy(false);
    }
  };

  const text = (
    field: (typeof TEXT_FIELDS)[number],
    label: string,
    extra: { hint?: string; optional?: boolean } = {},
  ) => (
    <TextField
      id={`programme-${field}`}
      label={label}
      value={values[field]}
      onChange={set(field)}
      onBlur={() => touch(field)}
      error={shown(field)}
      {...extra}
    />
  );

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading">{t('start.createHeading')}</h2>
      <p>{t('start.createIntro')}</p>
      {text('title', t('start.programmeTitle'))}
      {text('theme', t('start.theme'), { hint: t('start.themeHint'), optional: true })}
      <div className="field-row">
        {text('menteeCity', t('start.menteeCity'))}
        {text('mentorCity', t('start.mentorCity'))}
      </div>
      <SelectField
        id="programme-language"
        label={t('start.programmeLanguage')}
        value={values.language}
        options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`), lang: lng }))}
        onChange={(lng) => setValues((prev) => ({ ...prev, language: lng }))}
      />
      {text('facilitatorName', t('start.facilitatorName'), {
        hint: t('start.facilitatorNameHint'),
        optional: true,
      })}
      <div aria-live="polite">
        {submitted && !result.data ? <p className="form-error">{t('form.fixErrors')}</p> : null}
        {failure ? <p className="form-error">{failure}</p> : null}
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('start.submitting') : t('start.submit')}
      </button>
    </form>
  );
}
