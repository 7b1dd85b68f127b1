import { fileName } from '@mentoring/shared/export/file-name';
import type { Board } from '@mentoring/shared/schema/board';
import { type ExportFormat, exportFormatsOf } from '@mentoring/shared/schema/exports';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'tldraw';
import { apiErrorMessage } from '../app/form';
import { canvasImage } from './canvas-image';
import { fetchFile, saveBlob } from './download';

type Choice = ExportFormat | 'svg' | 'png';

export interface ExportMenuProps {
  board: Board;
  programmeTitle: string;
  token: string;
  /** The open canvas's editor (canvas boards only), for SVG and PNG made in the browser. */
  editor: Editor | null;
}

/** "Export" disclosure on a board's bar: the formats its kind offers, downloaded with the token. */
export function ExportMenu({ board, programmeTitle, token, editor }: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const choices: Choice[] = [
    ...(board.kind === 'canvas' ? (['svg', 'png'] as const) : []),
    ...exportFormatsOf(board.kind),
  ];

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const run = async (choice: Choice) => {
    setBusy(true);
    setMessage(null);
    try {
      if (choice === 'svg' || choice === 'png') {
        const blob = editor ? await canvasImage(editor, choice) : null;
        if (!blob) {
          setMessage(t('exports.emptyCanvas'));
          return;
        }
        saveBlob(blob, fileName([programmeTitle, board.title], choice));
      } else {
        const path = `/api/programmes/${encodeURIComponent(board.programmeId)}/boards/${encodeURIComponent(board.id)}/export?format=${choice}`;
        const file = await fetchFile(path, token);
        saveBlob(file.blob, file.fileName ?? fileName([programmeTitle, board.title], choice));
      }
      setMessage(t('exports.done', { format: t(`exports.formats.${choice}`) }));
      close();
    } catch (error) {
      setMessage(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-menu">
      <button
        ref={toggle}
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('exports.button')}
      </button>
      <ul id={listId} className="export-list plain-list" hidden={!open} aria-label={t('exports.menuLabel')}>
        {choices.map((choice) => (
          <li key={choice}>
            <button type="button" className="button small" disabled={busy} onClick={() => void run(choice)}>
              {t(`exports.formats.${choice}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="export-status" role="status">
        {message ?? ''}
      </p>
    </div>
  );
}
