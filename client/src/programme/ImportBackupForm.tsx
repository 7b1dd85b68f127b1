import { CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiRequest } from '../api/http';
import { rememberSession } from '../api/sessions';
import { apiErrorMessage } from '../app/form';
import { paths } from '../app/paths';

/** Parses a chosen backup file as JSON; null when it is not JSON at all (the server checks the rest). */
export function parseBackupText(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** The start page's "Import a backup": a backup JSON → `POST /api/import` → the new programme. */
export function ImportBackupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t('backup.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = parseBackupText(await file.text());
      if (!body) {
        setError(t('backup.badFile'));
        return;
      }
      const created = await apiRequest('/api/import', {
        method: 'POST',
        body,
        schema: CreateProgrammeResponseSchema,
      });
      rememberSession(created.programme.id, created.facilitatorToken, created.programme.title);
      navigate(paths.programme(created.programme.id));
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card form"
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-labelledby="import-heading"
    >
      <h2 id="import-heading">{t('backup.importTitle')}</h2>
      <p>{t('backup.importIntro')}</p>
      <label htmlFor={inputId}>{t('backup.fileLabel')}</label>
      <input
        id={inputId}
        ref={input}
        type="file"
        accept="application/json,.json"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="form-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {t('backup.importButton')}
      </button>
    </form>
  );
}
