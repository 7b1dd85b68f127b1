import type { Board } from '@mentoring/shared/schema/board';
import { can, type Role } from '@mentoring/shared/schema/roles';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Editor } from 'tldraw';
import type * as Y from 'yjs';
import { paths } from '../app/paths';
import { useBoardTitles } from './use-board-titles';
import { useFollower, useFollowLeader } from './use-follow';
import { useLatestVote, type VoteView } from './use-votes';
import type { WorkshopSession } from './use-workshop-session';
import { canVoteOn, useVoteItems, type VoteItem } from './vote-items';

/** Everything the workshop bar and panel of one board need (see {@link useBoardWorkshop}). */
export interface BoardWorkshop {
  boardId: string;
  memberId: string;
  facilitator: boolean;
  canRaiseHand: boolean;
  canVote: boolean;
  locked: boolean;
  panelOpen: boolean;
  setPanelOpen: (open: boolean) => void;
  leader: ReturnType<typeof useFollowLeader> | null;
  follower: ReturnType<typeof useFollower> | null;
  votable: boolean;
  /** A canvas (dots go on its stickies) rather than a structured board (dots on its rows). */
  onCanvas: boolean;
  voteItems: VoteItem[];
  /** My dots in the latest vote (anonymous ballots cannot be read back: the server's answers tell). */
  myDots: string[];
  setMyDots: (voteId: string, dots: string[]) => void;
  vote: VoteView | null;
  boardTitle: (boardId: string) => string | null;
}

/** The workshop tools of an open board: follow-me (leading or following), votes, the panel state. */
export function useBoardWorkshop(options: {
  session: WorkshopSession;
  board: Board;
  role: Role;
  memberId: string;
  token: string;
  doc: Y.Doc | null;
  locked: boolean;
  /** The canvas's tldraw editor (null for other kinds and until it is mounted). */
  editor: Editor | null;
}): BoardWorkshop {
  const { session, board, role, memberId, token, doc, locked, editor } = options;
  const navigate = useNavigate();
  const [panelOpen, setPanelOpen] = useState(false);
  const facilitator = can(role, 'facilitate');
  const goToBoard = useCallback(
    (boardId: string) => navigate(paths.board(board.programmeId, boardId)),
    [navigate, board.programmeId],
  );
  const leader = useFollowLeader(session, board.programmeId, board.id, facilitator ? editor : null);
  const followTo = useCallback(
    (id: string) => (facilitator ? undefined : goToBoard(id)),
    [facilitator, goToBoard],
  );
  const follower = useFollower(
    session,
    board.programmeId,
    board.id,
    facilitator ? null : editor,
    followTo,
    doc !== null,
  );
  const votable = canVoteOn(board.kind);
  const voteItems = useVoteItems(board.kind, doc, editor);
  const vote = useLatestVote(doc, memberId);
  const [answered, setAnswered] = useState<{ voteId: string; dots: string[] } | null>(null);
  const setMyDots = useCallback((voteId: string, dots: string[]) => setAnswered({ voteId, dots }), []);
  const myDots = vote?.mine ?? (answered && answered.voteId === vote?.vote.id ? answered.dots : []);
  const boardTitle = useBoardTitles(board.programmeId, token);
  return {
    boardId: board.id,
    memberId,
    facilitator,
    canRaiseHand: role !== 'observer',
    canVote: role !== 'observer',
    locked,
    panelOpen,
    setPanelOpen,
    leader: facilitator ? leader : null,
    follower: facilitator ? null : follower,
    votable,
    onCanvas: board.kind === 'canvas',
    voteItems,
    myDots,
    setMyDots,
    vote,
    boardTitle,
  };
}
