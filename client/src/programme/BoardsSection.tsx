import type { Board } from '@mentoring/shared/schema/board';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS } from '../boards/board-kinds';
import { BoardItem } from './BoardItem';
import { CreateBoardForm } from './CreateBoardForm';
import { ProposedBoards } from './ProposedBoards';

export interface BoardsSectionProps {
  programmeId: string;
  token: string;
  boards: Board[];
  canCreate: boolean;
  onChanged: () => Promise<void>;
}

/** The programme's boards grouped by kind, with create and rename for those allowed. */
export function BoardsSection({ programmeId, token, boards, canCreate, onChanged }: BoardsSectionProps) {
  const { t } = useTranslation();
  const groups = BOARD_KINDS.map((kind) => ({
    kind,
    boards: boards.filter((board) => board.kind === kind),
  })).filter((group) => group.boards.length > 0);
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
              />
            ))}
          </ul>
        </div>
      ))}
      {canCreate ? <CreateBoardForm programmeId={programmeId} token={token} onCreated={onChanged} /> : null}
    </section>
  );
}
