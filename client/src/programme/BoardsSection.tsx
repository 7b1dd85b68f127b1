import type { Board } from '@mentoring/shared/schema/board';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { apiErrorMessage } from '../app/form';
import { BOARD_KINDS } from '../boards/board-kinds';
import { BoardItem } from './BoardItem';
import { CreateBoardForm } from './CreateBoardForm';
import { ProposedBoards } from './ProposedBoards';
import { TrashList } from './TrashList';

export interface BoardsSectionProps {
  programmeId: string;
  token: string;
  /** Every board the server lists; for facilitators that includes those in the trash. */
  boards: Board[];
  canCreate: boolean;
  /** Facilitators: may delete boards and restore them from the trash. */
  canDelete?: boolean;
  onChanged: () => Promise<void>;
}

/**
 * The programme's boards grouped by kind, with create and rename for those allowed; for facilitators,
 * delete (with Undo in a toast at once) and the trash to restore from until it is purged.
 */
export function BoardsSection({
  programmeId,
  token,
  boards,
  canCreate,
  canDelete,
  onChanged,
}: BoardsSectionProps) {
  const { t } = useTranslation();
  const [deleted, setDeleted] = useState<Board | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const live = boards.filter((board) => !board.deletedAt);
  const trashed = boards.filter((board) => board.deletedAt);
  const groups = BOARD_KINDS.map((kind) => ({
    kind,
    boards: live.filter((board) => board.kind === kind),
  })).filter((group) => group.boards.length > 0);

  const remove = async (board: Board) => {
    setFailure(null);
    try {
      await api.deleteBoard(programmeId, token, board.id);
      setDeleted(board);
      await onChanged();
      // The toast's Undo is where the keyboard goes next: the board's own buttons are gone.
      requestAnimationFrame(() => document.getElementById('trash-undo')?.focus());
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  };
  const restore = async (board: Board) => {
    setFailure(null);
    try {
      await api.restoreBoard(programmeId, token, board.id);
      setDeleted(null);
      await onChanged();
    } catch (error) {
      setFailure(apiErrorMessage(error, t));
    }
  };

  return (
    <section className="card" aria-labelledby="boards-heading">
      <h2 id="boards-heading">{t('programme.boardsHeading')}</h2>
      {groups.length === 0 ? (
        <p>{canCreate ? t('programme.noBoardsCreate') : t('programme.noBoards')}</p>
      ) : null}
      <ProposedBoards {...{ programmeId, token, boards, canCreate }} onCreated={onChanged} />
      {groups.map((group) => (
        <div key={group.kind} className="board-group">
          <h3 id={`kind-${group.kind}`}>{t(`boardKinds.${group.kind}`)}</h3>
          <ul className="board-list" aria-labelledby={`kind-${group.kind}`}>
            {group.boards.map((board) => (
              <BoardItem
                key={board.id}
                programmeId={programmeId}
                token={token}
                board={board}
                canRename={canCreate}
                onRenamed={onChanged}
                onDelete={canDelete ? () => void remove(board) : undefined}
              />
            ))}
          </ul>
        </div>
      ))}
      <div className="toast-region" role="status" aria-live="polite">
        {deleted ? (
          <div className="toast" data-testid="trash-toast">
            <span>{t('trash.deletedToast', { title: deleted.title })}</span>
            <button
              id="trash-undo"
              type="button"
              className="button small"
              onClick={() => void restore(deleted)}
            >
              {t('trash.undo')}
            </button>
            <button type="button" className="button small" onClick={() => setDeleted(null)}>
              {t('trash.dismiss')}
            </button>
          </div>
        ) : null}
      </div>
      <div aria-live="polite">{failure ? <p className="form-error">{failure}</p> : null}</div>
      {canDelete ? <TrashList boards={trashed} onRestore={(board) => void restore(board)} /> : null}
      {canCreate ? <CreateBoardForm programmeId={programmeId} token={token} onCreated={onChanged} /> : null}
    </section>
  );
}
