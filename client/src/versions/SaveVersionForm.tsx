import { CreateVersionRequestSchema } from '@mentoring/shared/schema/version';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../app/form';
import { type BoardRef, versionsApi } from './versions-api';

/** "Save a version" with a name (facilitators and the mentee). */
export function SaveVersionForm({
  boardRef,
  onSaved,
}: {
  boardRef: BoardRef;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateVersionRequestSchema.safeParse({ name });
    if (!parsed.success) {
      setError(name.trim() ? t('form.tooLong', { max: '120' }) : t('form.required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await versionsApi.create(boardRef, parsed.data.name);
      setName('');
      onSaved(parsed.data.name);
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="save-version row" onSubmit={(event) => void onSubmit(event)} noValidate>
      <label htmlFor={inputId}>{t('versions.nameLabel')}</label>
      <input
        id={inputId}
        value={name}
        maxLength={120}
        placeholder={t('versions.namePlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button primary small" disabled={busy}>
        {t('versions.save')}
      </button>
      {error ? (
        <p id={errorId} className="form-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
