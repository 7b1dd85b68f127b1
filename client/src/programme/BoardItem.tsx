import { RenameBoardRequestSchema } from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../api/endpoints';
import { TextField } from '../app/Field';
import { apiErrorMessage, validate } from '../app/form';
import { paths } from '../app/paths';

export interface BoardItemProps {
  programmeId: string;
  token: string;
  board: Board;
  canRename: boolean;
  onRenamed: () => Promise<void>;
  /** Facilitators only: moves the board to the trash (the section offers Undo). */
  onDelete?: () => void;
}

/** One board: a link to open it and, for those allowed, an inline rename form. */
export function BoardItem({ programmeId, token, board, canRename, onRenamed, onDelete }: BoardItemProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(board.title);
  const [submitted, setSubmitted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Focus goes back to the rename button when the form closes, so keyboard users keep their place.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const result = validate(RenameBoardRequestSchema, { title }, t);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!result.data) return;
    setBusy(true);
    try {
      await api.renameBoard(programmeId, token, board.id, result.data.title);
      await onRenamed();
      setEditing(false);
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  if (editing) {
    return (
      <li className="board-item">
        <form className="inline-form" onSubmit={onSubmit} noValidate>
          <TextField
            id={`rename-${board.id}`}
            label={t('programme.renameLabel', { title: board.title })}
            value={title}
            onChange={setTitle}
            error={submitted ? (result.errors?.title ?? failure ?? undefined) : undefined}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={busy}>
              {t('form.save')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li className="board-item">
      <Link to={paths.board(programmeId, board.id)} className="board-link" data-board-id={board.id}>
        {board.title}
      </Link>
      {canRename ? (
        <button
          ref={renameButton}
          type="button"
          className="button small"
          aria-label={t('programme.renameNamed', { title: board.title })}
          onClick={() => {
            setTitle(board.title);
            setSubmitted(false);
            setFailure(null);
            setEditing(true);
          }}
        >
          {t('programme.rename')}
        </button>
      ) : null}
      {onDelete ? (
        <button
          type="button"
          className="button small"
          aria-label={t('trash.deleteNamed', { title: board.title })}
          onClick={onDelete}
        >
          {t('trash.delete')}
        </button>
      ) : null}
    </li>
  );
}
