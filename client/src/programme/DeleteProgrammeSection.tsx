import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/endpoints';
import { forgetSession } from '../api/sessions';
import { TextField } from '../app/Field';
import { apiErrorMessage } from '../app/form';
import { paths } from '../app/paths';

/**
 * The danger zone (facilitators): erases the whole programme for good through the GDPR erasure
 * (`DELETE /api/programmes/:id`), once the programme's name has been typed to confirm.
 */
export function DeleteProgrammeSection({
  programmeId,
  token,
  title,
}: {
  programmeId: string;
  token: string;
  title: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const matches = typed.trim() === title.trim();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!matches) {
      document.getElementById('delete-programme-name')?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.deleteProgramme(programmeId, token);
      forgetSession(programmeId);
      navigate(paths.start, { replace: true, state: { erased: title } });
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
      setBusy(false);
    }
  };

  return (
    <section className="card danger-zone" aria-labelledby="danger-heading">
      <h2 id="danger-heading">{t('trash.dangerHeading')}</h2>
      <p>{t('trash.deleteProgrammeIntro')}</p>
      <form onSubmit={onSubmit} noValidate>
        <TextField
          id="delete-programme-name"
          label={t('trash.typeName', { title })}
          autoComplete="off"
          value={typed}
          onChange={setTyped}
          error={submitted && !matches ? t('trash.nameMismatch') : undefined}
        />
        <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
        <button type="submit" className="button danger" disabled={busy}>
          {busy ? t('trash.deletingProgramme') : t('trash.deleteProgramme')}
        </button>
      </form>
    </section>
  );
}
