import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { knownProgrammes } from '../api/sessions';
import { paths } from '../app/paths';
import { useDocumentTitle } from '../app/use-document-title';
import { CreateProgrammeForm } from './CreateProgrammeForm';
import { ImportBackupForm } from './ImportBackupForm';

/** What the app is, a form to start a programme, and the programmes this device already belongs to. */
export function StartPage() {
  const { t } = useTranslation();
  const known = knownProgrammes();
  useDocumentTitle(null);
  return (
    <div className="stack">
      <section aria-labelledby="start-title">
        <h1 id="start-title">{t('start.title')}</h1>
        <p className="lead">{t('start.intro')}</p>
      </section>
      {known.length > 0 ? (
        <section className="card" aria-labelledby="known-heading">
          <h2 id="known-heading">{t('start.yourProgrammes')}</h2>
          <ul className="plain-list">
            {known.map((programme) => (
              <li key={programme.id}>
                <Link to={paths.programme(programme.id)}>{programme.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CreateProgrammeForm />
      <ImportBackupForm />
    </div>
  );
}
