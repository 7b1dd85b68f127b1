import { fileName } from '@mentoring/shared/export/file-name';
import type { Board } from '@mentoring/shared/schema/board';
import { type ExportFormat, exportFormatsOf } from '@mentoring/shared/schema/exports';
import type { Language } from '@mentoring/shared/schema/programme';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'tldraw';
import { apiErrorMessage } from '../app/form';
import { useLanguage } from '../app/i18n';
import { canvasImage } from './canvas-image';
import { fetchFile, saveBlob } from './download';
import { ExportLanguageSelect } from './ExportLanguageSelect';
import { boardExportPath } from './export-path';

type Choice = ExportFormat | 'svg' | 'png';

export interface ExportMenuProps {
  board: Board;
  programmeTitle: string;
  token: string;
  /** The open canvas's editor (canvas boards only), for SVG and PNG made in the browser. */
  editor: Editor | null;
  /** The programme's working language, offered beside the interface language for the files. */
  programmeLanguage?: Language | undefined;
}

/**
 * "Export" disclosure on a board's bar: the formats its kind offers, downloaded with the token, in
 * the interface language unless another one is chosen in the menu (documents, not canvas images).
 */
export function ExportMenu({ board, programmeTitle, token, editor, programmeLanguage }: ExportMenuProps) {
  const { t } = useTranslation();
  const { language: interfaceLanguage } = useLanguage();
  // null: follow the interface language, also when it changes while the menu is open.
  const [chosen, setChosen] = useState<Language | null>(null);
  const fileLanguage = chosen ?? interfaceLanguage;
  const hasDocuments = exportFormatsOf(board.kind).some((format) => format !== 'json');
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
        const file = await fetchFile(boardExportPath(board, choice, fileLanguage), token);
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
      <div id={listId} className="export-list" hidden={!open}>
        {hasDocuments ? (
          <ExportLanguageSelect
            value={fileLanguage}
            onChange={setChosen}
            workingLanguage={programmeLanguage}
          />
        ) : null}
        <ul className="plain-list" aria-label={t('exports.menuLabel')}>
          {choices.map((choice) => (
            <li key={choice}>
              <button type="button" className="button small" disabled={busy} onClick={() => void run(choice)}>
                {t(`exports.formats.${choice}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <p className="export-status" role="status">
        {message ?? ''}
      </p>
    </div>
  );
}
