import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { rememberSession } from '../api/sessions';
import { apiErrorMessage } from '../app/form';
import { useLanguage } from '../app/i18n';
import { paths } from '../app/paths';
import { createExample } from './example-api';

/** "Try it with an example": creates the guide's demo programme in the interface language and opens it. */
export function TryExample() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onTry = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const created = await createExample(language);
      rememberSession(created.programme.id, created.facilitatorToken, created.programme.title, 'facilitator');
      navigate(paths.programme(created.programme.id));
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="example-heading">
      <h2 id="example-heading">{t('firstRun.example.heading')}</h2>
      <p>{t('firstRun.example.intro')}</p>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      <button type="button" className="button primary" onClick={onTry} disabled={busy}>
        {busy ? t('firstRun.example.busy') : t('firstRun.example.button')}
      </button>
    </section>
  );
}
