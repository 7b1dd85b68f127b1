import type { MentorProfile } from '@mentoring/shared/network/network';
import { type GoodPractice, MentorProfileInputSchema } from '@mentoring/shared/network/profiles';
import {
  KEY_FACTORS,
  type KeyFactorId,
  THEMES,
  type ThemeId,
  TOPICS,
  type TopicId,
} from '@mentoring/shared/network/vocabulary';
import type { Language } from '@mentoring/shared/schema/programme';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../app/Field';
import { apiErrorMessage, issueMessage } from '../app/form';
import { LANGUAGES, useLanguage } from '../app/i18n';
import { ContextFields, contextDraft, contextInput, emptyContext } from './ContextFields';
import { CheckboxGroup, pathErrors, TextAreaField } from './fields';
import { networkApi } from './network-api';
import { PracticeFields } from './PracticeFields';

type Input = MentorProfile['profile'];
const TEXTS = ['experience', 'transferablePractices', 'localContext', 'nationalContext'] as const;

function blank(language: Language) {
  return {
    city: '',
    country: '',
    language,
    context: emptyContext(language),
    experienceAreas: [] as ThemeId[],
    strengthFactors: [] as KeyFactorId[],
    topics: [] as TopicId[],
    goodPractices: [] as GoodPractice[],
    experience: '',
    transferablePractices: '',
    localContext: '',
    nationalContext: '',
  };
}

const fromProfile = (p: Input) => ({ ...p, context: contextDraft(p.context) });

/**
 * A city's mentor profile (annex 3): areas of experience, key factors it is strong in, good
 * practices, what it can pass on, its local and national context, size and migration context.
 * Publishes a new profile, or saves `editing` in place.
 */
export function ProfileForm({
  networkId,
  token,
  editing,
  onSaved,
  onCancel,
}: {
  networkId: string;
  token: string;
  editing: MentorProfile | null;
  onSaved: (profile: MentorProfile) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [values, setValues] = useState(() =>
    editing ? fromProfile(editing.profile) : blank(language as Language),
  );
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const result = MentorProfileInputSchema.safeParse({ ...values, context: contextInput(values.context) });
  const errors =
    submitted && !result.success ? pathErrors(result.error.issues, (i) => issueMessage(i, t)) : {};
  const set =
    <K extends keyof typeof values>(field: K) =>
    (value: (typeof values)[K]) =>
      setValues((prev) => ({ ...prev, [field]: value }));
  const id = (field: string) => `profile-${field}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    setSaved(null);
    if (!result.success) return;
    setBusy(true);
    try {
      const { profile } = editing
        ? await networkApi.updateProfile(networkId, token, editing.id, result.data)
        : await networkApi.publishProfile(networkId, token, result.data);
      setSaved(t('networkForms.profileSaved', { city: profile.profile.city }));
      if (!editing) setValues(blank(language as Language));
      setSubmitted(false);
      onSaved(profile);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="profile-heading">
      <h3 id="profile-heading">
        {editing
          ? t('networkForms.editProfile', { city: editing.profile.city })
          : t('networkForms.profileHeading')}
      </h3>
      <p>{t('networkForms.profileIntro')}</p>
      <div className="field-row">
        <TextField
          id={id('city')}
          label={t('networkForms.city')}
          value={values.city}
          onChange={set('city')}
          error={errors.city}
        />
        <TextField
          id={id('country')}
          label={t('networkForms.country')}
          value={values.country}
          onChange={set('country')}
          error={errors.country}
          optional
        />
      </div>
      <SelectField
        id={id('language')}
        label={t('networkForms.textLanguage')}
        value={values.language}
        options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`), lang: lng }))}
        onChange={set('language')}
      />
      <ContextFields idPrefix="profile" value={values.context} onChange={set('context')} errors={errors} />
      <CheckboxGroup
        id={id('areas')}
        legend={t('networkForms.experienceAreas')}
        options={THEMES}
        labelOf={(theme) => t(`networkForms.theme.${theme}`)}
        value={values.experienceAreas}
        onChange={set('experienceAreas')}
        error={errors.experienceAreas}
      />
      <CheckboxGroup
        id={id('strengths')}
        legend={t('networkForms.strengthFactors')}
        options={KEY_FACTORS}
        labelOf={(factor) => t(`networkForms.factor.${factor}`)}
        value={values.strengthFactors}
        onChange={set('strengthFactors')}
      />
      <CheckboxGroup
        id={id('topics')}
        legend={t('networkForms.topics')}
        options={TOPICS}
        labelOf={(topic) => t(`networkForms.topic.${topic}`)}
        value={values.topics}
        onChange={set('topics')}
      />
      <PracticeFields value={values.goodPractices} onChange={set('goodPractices')} errors={errors} />
      {TEXTS.map((field) => (
        <TextAreaField
          key={field}
          id={id(field)}
          label={t(`networkForms.text.${field}`)}
          value={values[field]}
          onChange={set(field)}
          error={errors[field]}
          optional
        />
      ))}
      <div aria-live="polite">
        {submitted && !result.success ? <p className="form-error">{t('form.fixErrors')}</p> : null}
        {failure ? <p className="form-error">{failure}</p> : null}
        {saved ? <p className="form-ok">{saved}</p> : null}
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {editing ? t('networkForms.saveProfile') : t('networkForms.publishProfile')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
