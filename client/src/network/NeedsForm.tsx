import { DraftRequestSchema } from '@mentoring/shared/network/api';
import type { Draft } from '@mentoring/shared/network/network';
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
import { ContextFields, contextInput, emptyContext } from './ContextFields';
import { CheckboxGroup, pathErrors, TextAreaField } from './fields';
import { networkApi } from './network-api';

function blank(language: Language) {
  return {
    title: '',
    city: '',
    language,
    context: emptyContext(language),
    theme: 'reception' as ThemeId,
    gapFactors: [] as KeyFactorId[],
    topics: [] as TopicId[],
    challenge: '',
    learningFromOthers: '',
  };
}

/**
 * Start from needs: a mentee city opens its programme with its needs analysis and no mentor yet
 * (the guide drafts the needs first, then looks for a mentor). The structured fields are what the
 * matching reads; the challenge text moves into the programme's own board once a mentor is chosen.
 */
export function NeedsForm({
  networkId,
  token,
  onOpened,
  onCancel,
}: {
  networkId: string;
  token: string;
  onOpened: (draft: Draft) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [values, setValues] = useState(() => blank(language as Language));
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const { title, ...needs } = values;
  const result = DraftRequestSchema.safeParse({
    title,
    needs: { ...needs, context: contextInput(values.context) },
  });
  const issues =
    submitted && !result.success ? pathErrors(result.error.issues, (i) => issueMessage(i, t)) : {};
  // The form is flat: `needs.city` is shown at `city`.
  const errors = Object.fromEntries(
    Object.entries(issues).map(([key, text]) => [key.replace(/^needs\./, ''), text]),
  );
  const set =
    <K extends keyof typeof values>(field: K) =>
    (value: (typeof values)[K]) =>
      setValues((prev) => ({ ...prev, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setFailure(null);
    if (!result.success) return;
    setBusy(true);
    try {
      const { draft } = await networkApi.openDraft(networkId, token, result.data.title, result.data.needs);
      setValues(blank(language as Language));
      setSubmitted(false);
      onOpened(draft);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby="needs-heading">
      <h3 id="needs-heading">{t('networkForms.needsHeading')}</h3>
      <p>{t('networkForms.needsIntro')}</p>
      <TextField
        id="needs-title"
        label={t('networkForms.draftTitle')}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
      />
      <div className="field-row">
        <TextField
          id="needs-city"
          label={t('networkForms.menteeCity')}
          value={values.city}
          onChange={set('city')}
          error={errors.city}
        />
        <SelectField
          id="needs-language"
          label={t('networkForms.textLanguage')}
          value={values.language}
          options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`), lang: lng }))}
          onChange={set('language')}
        />
      </div>
      <ContextFields idPrefix="needs" value={values.context} onChange={set('context')} errors={errors} />
      <SelectField
        id="needs-theme"
        label={t('networkForms.themeLabel')}
        value={values.theme}
        options={THEMES.map((theme) => ({ value: theme, label: t(`networkForms.theme.${theme}`) }))}
        onChange={set('theme')}
      />
      <CheckboxGroup
        id="needs-gaps"
        legend={t('networkForms.gapFactors')}
        options={KEY_FACTORS}
        labelOf={(factor) => t(`networkForms.factor.${factor}`)}
        value={values.gapFactors}
        onChange={set('gapFactors')}
        error={errors.gapFactors}
      />
      <CheckboxGroup
        id="needs-topics"
        legend={t('networkForms.topics')}
        options={TOPICS}
        labelOf={(topic) => t(`networkForms.topic.${topic}`)}
        value={values.topics}
        onChange={set('topics')}
      />
      <TextAreaField
        id="needs-challenge"
        label={t('networkForms.challenge')}
        value={values.challenge}
        onChange={set('challenge')}
        error={errors.challenge}
      />
      <TextAreaField
        id="needs-learning"
        label={t('networkForms.learningFromOthers')}
        value={values.learningFromOthers}
        onChange={set('learningFromOthers')}
        error={errors.learningFromOthers}
        optional
      />
      <div aria-live="polite">
        {submitted && !result.success ? <p className="form-error">{t('form.fixErrors')}</p> : null}
        {failure ? <p className="form-error">{failure}</p> : null}
      </div>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('networkForms.openDraft')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
