import { fileName } from '@mentoring/shared/export/file-name';
import { CalendarLinkResponseSchema } from '@mentoring/shared/schema/calendar';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { apiRequest } from '../../api/http';
import { fetchFile, saveBlob } from '../../exports/download';
import { useItemScope } from '../engine/template-context';
import { useProgrammeScope, useScope } from '../fields/board-scope';
import { useValue } from '../fields/use-y';

const parseDate = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/**
 * In a visit's or a meeting's card: download it as an `.ics` file, and copy the programme's
 * calendar feed link (a read-only link with its own key, see server/src/calendar/calendar-key.ts).
 * Plain buttons, so keyboard and screen readers use them as any other; results are announced.
 */
export function CalendarButtons() {
  const { t, announce } = useScope();
  const programme = useProgrammeScope();
  const scope = useItemScope();
  const { boardId = '' } = useParams();
  const date = useValue(scope?.item, 'date', parseDate);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  if (!scope || !programme) return null;
  const { id: programmeId } = programme.programme;
  const say = (text: string) => {
    setMessage(text);
    announce(text);
  };
  const download = async () => {
    setBusy(true);
    try {
      const path = `/api/programmes/${encodeURIComponent(programmeId)}/boards/${encodeURIComponent(boardId)}/items/${encodeURIComponent(scope.id)}/calendar`;
      const file = await fetchFile(path, programme.token);
      saveBlob(file.blob, file.fileName ?? fileName([scope.label], 'ics'));
      setMessage('');
    } catch {
      say(t('visitRecords.downloadFailed'));
    } finally {
      setBusy(false);
    }
  };
  const copyFeed = async () => {
    setBusy(true);
    try {
      const { url } = await apiRequest(`/api/programmes/${encodeURIComponent(programmeId)}/calendar-link`, {
        method: 'POST',
        token: programme.token,
        schema: CalendarLinkResponseSchema,
      });
      await navigator.clipboard.writeText(url);
      say(t('visitRecords.feedCopied'));
    } catch {
      say(t('visitRecords.feedFailed'));
    } finally {
      setBusy(false);
    }
  };
  const helpId = `calendar-help-${scope.id}`;
  return (
    <div className="calendar-buttons no-print">
      <div className="actions">
        <button
          type="button"
          className="button small"
          disabled={busy || !date}
          aria-describedby={date ? undefined : `${helpId}-date`}
          onClick={() => void download()}
          data-testid="download-ics"
        >
          {t('visitRecords.downloadIcs')}
          <span className="visually-hidden"> ({scope.label})</span>
        </button>
        <button
          type="button"
          className="button small"
          disabled={busy}
          aria-describedby={helpId}
          onClick={() => void copyFeed()}
          data-testid="copy-feed"
        >
          {t('visitRecords.copyFeed')}
        </button>
      </div>
      {date ? null : (
        <p id={`${helpId}-date`} className="hint">
          {t('visitRecords.noDate')}
        </p>
      )}
      <p id={helpId} className="hint">
        {t('visitRecords.feedHelp')}
      </p>
      {message ? <p className="hint">{message}</p> : null}
    </div>
  );
}
