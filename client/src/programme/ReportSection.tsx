import { type Language, LanguageSchema } from '@mentoring/shared/schema/programme';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage } from '../app/form';
import { fetchFile, saveBlob } from '../exports/download';

/**
 * The programme report (issue 14): the whole journey as DOCX or PDF, in the reader's language by
 * default (the interface's), the programme's or any other one choice away.
 */
export function ReportSection({
  programmeId,
  token,
  programmeLanguage,
}: {
  programmeId: string;
  token: string;
  programmeLanguage: Language;
}) {
  const { t, i18n } = useTranslation();
  const reader = LanguageSchema.safeParse(i18n.resolvedLanguage ?? i18n.language);
  const [language, setLanguage] = useState<Language>(reader.success ? reader.data : programmeLanguage);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const selectId = useId();
  const download = async (format: 'docx' | 'pdf') => {
    setBusy(true);
    setMessage('');
    try {
      const path = `/api/programmes/${encodeURIComponent(programmeId)}/report.${format}?lang=${language}`;
      const file = await fetchFile(path, token);
      saveBlob(file.blob, file.fileName ?? `report.${format}`);
      setMessage(t('programmeReport.downloaded'));
    } catch (error) {
      setMessage(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="report-heading">
      <h2 id="report-heading">{t('programmeReport.title')}</h2>
      <p>{t('programmeReport.help')}</p>
      <label htmlFor={selectId}>{t('programmeReport.language')}</label>
      <select
        id={selectId}
        value={language}
        onChange={(event) => setLanguage(LanguageSchema.parse(event.target.value))}
      >
        {LanguageSchema.options.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`languages.${code}`)}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download('docx')}>
          {t('programmeReport.docx')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void download('pdf')}>
          {t('programmeReport.pdf')}
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
