import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../app/form';
import { useLanguage } from '../app/i18n';
import { fetchFile, saveBlob } from '../exports/download';
import { backupPath } from '../exports/export-path';

/** The facilitator's "Download backup (ZIP)": every export plus the JSON backup of the programme. */
export function BackupButton({ programmeId, token }: { programmeId: string; token: string }) {
  const { t } = useTranslation();
  // The ZIP's documents in the interface language (the board menu offers the others).
  const { language } = useLanguage();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const download = async () => {
    setBusy(true);
    setMessage('');
    try {
      const file = await fetchFile(backupPath(programmeId, language), token);
      saveBlob(file.blob, file.fileName ?? 'backup.zip');
      setMessage(t('backup.downloaded'));
    } catch (error) {
      setMessage(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.download')}</h2>
      <p>{t('backup.downloadHelp')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void download()}>
        {t('backup.download')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
