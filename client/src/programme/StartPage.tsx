import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/use-document-title';
import { CreateNetworkForm } from '../network/CreateNetworkForm';
import { CreateProgrammeForm } from './CreateProgrammeForm';
import { ErasedNotice } from './ErasedNotice';
import { ImportBackupForm } from './ImportBackupForm';
import { KnownProgrammes } from './KnownProgrammes';
import { TryExample } from './TryExample';
import './first-run.css';

/**
 * What the app is, the programmes this device already belongs to, a demo programme to try, and the
 * forms to start or import one.
 */
export function StartPage() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  return (
    <div className="stack">
      <section aria-labelledby="start-title">
        <h1 id="start-title">{t('start.title')}</h1>
        <p className="lead">{t('start.intro')}</p>
      </section>
      <ErasedNotice />
      <KnownProgrammes />
      <TryExample />
      <CreateProgrammeForm />
      <ImportBackupForm />
      <CreateNetworkForm />
    </div>
  );
}
