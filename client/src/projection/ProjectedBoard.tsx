import type { Board } from '@mentoring/shared/schema/board';
import type { Language } from '@mentoring/shared/schema/programme';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'tldraw';
import { ContentLanguageContext } from '../app/content-language';
import { Loading } from '../app/Loading';
import { BoardView } from '../boards/BoardView';
import type { PeerInfo } from '../sync/board-connection';
import { useBoardConnection } from '../sync/use-board-connection';
import { CanvasEditorProvider } from '../workshop/canvas-editor';
import { colourOf } from '../workshop/colours';
import { useFollowCamera, useFollowScroll } from '../workshop/use-follow';
import { useLatestVote } from '../workshop/use-votes';
import { useWorkshop } from '../workshop/use-workshop-session';
import { VoteResults } from '../workshop/VoteResults';
import { useVoteItems } from '../workshop/vote-items';
import type { ProjectionScreenSession } from './projection-link';

export interface ProjectedBoardProps {
  board: Board;
  session: ProjectionScreenSession;
  /** The programme's working language: the language of the board's content. */
  contentLanguage?: Language | undefined;
}

/**
 * The followed board, read-only, at the facilitator's viewport (canvas camera or structured board's
 * scroll position), without editing chrome, with the results of its vote.
 */
export function ProjectedBoard({ board, session, contentLanguage }: ProjectedBoardProps) {
  const { t } = useTranslation();
  const { follow } = useWorkshop().snapshot;
  const user = useMemo<PeerInfo>(
    () => ({
      memberId: session.memberId,
      name: session.name,
      color: colourOf(session.memberId),
      role: 'observer',
    }),
    [session.memberId, session.name],
  );
  const { connection, snapshot } = useBoardConnection({ docId: board.docId, token: session.token, user });
  const [editor, setEditor] = useState<Editor | null>(null);
  const slot = useMemo(() => ({ editor, setEditor }), [editor]);
  useFollowCamera(editor, follow.boardId === board.id ? follow.viewport : null, true);
  // Structured boards: the facilitator's scroll position (the row at the top of their view).
  useFollowScroll(
    follow.boardId === board.id ? follow.scroll : null,
    board.kind !== 'canvas',
    Boolean(connection && snapshot?.ready),
  );
  const doc = connection?.doc ?? null;
  const items = useVoteItems(board.kind, doc, editor);
  const vote = useLatestVote(doc, session.memberId);

  return (
    <CanvasEditorProvider value={slot}>
      <div className="projection-board" data-testid="projection-board">
        {connection && snapshot?.ready ? (
          <ContentLanguageContext.Provider value={contentLanguage}>
            <BoardView board={board} connection={connection} readOnly user={user} />
          </ContentLanguageContext.Provider>
        ) : (
          <Loading label={t('board.opening')} />
        )}
      </div>
      {vote && vote.vote.status === 'revealed' ? (
        <section className="projection-votes" aria-labelledby="projection-votes-heading">
          <h2 id="projection-votes-heading">{vote.vote.title || t('workshop.voteStatusRevealed')}</h2>
          <VoteResults
            items={vote.vote.itemIds ? items.filter((item) => vote.vote.itemIds?.includes(item.id)) : items}
            counts={vote.counts}
          />
        </section>
      ) : null}
    </CanvasEditorProvider>
  );
}
