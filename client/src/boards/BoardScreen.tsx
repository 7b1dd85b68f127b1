import type { SessionResponse } from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import { can } from '@mentoring/shared/schema/roles';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { ApiError } from '../api/http';
import { Loading } from '../app/Loading';
import { useDocumentTitle } from '../app/use-document-title';
import type { PeerInfo } from '../sync/board-connection';
import { useBoardConnection } from '../sync/use-board-connection';
import { useBoardLock } from '../sync/use-board-lock';
import { colourOf } from '../workshop/colours';
import { useBoardPeers } from '../workshop/use-board-peers';
import { useSessionPresence } from '../workshop/use-session-presence';
import { BoardChrome } from './BoardChrome';
import { BoardView } from './BoardView';

/** One open board: its connection, the chrome on top and the board of its kind below. */
export function BoardScreen({
  board,
  session,
  token,
}: {
  board: Board;
  session: SessionResponse;
  token: string;
}) {
  const { t } = useTranslation();
  const { member } = session;
  useDocumentTitle(board.title);
  const user = useMemo<PeerInfo>(
    () => ({ memberId: member.id, name: member.displayName, color: colourOf(member.id), role: member.role }),
    [member.id, member.displayName, member.role],
  );
  const checkAccess = useCallback(
    () =>
      api.session(token).then(
        () => true,
        (error: unknown) => !(error instanceof ApiError && (error.status === 401 || error.status === 403)),
      ),
    [token],
  );
  const { connection, snapshot } = useBoardConnection({ docId: board.docId, token, user, checkAccess });
  const peers = useBoardPeers(connection?.awareness ?? null);
  const lock = useBoardLock(connection?.doc ?? null);
  useSessionPresence(token, board.id);
  // Mirrors the server: observers never edit; a locked board is read-only except for facilitators.
  // Without access nothing more can be saved, so nothing more can be drawn either.
  const readOnly =
    !can(session.role, 'editBoards') ||
    (lock.locked && !can(session.role, 'facilitate')) ||
    snapshot?.link === 'denied';

  return (
    <div className="board-screen">
      <BoardChrome
        programmeId={board.programmeId}
        title={board.title}
        snapshot={snapshot}
        readOnly={readOnly}
        lockedBy={lock.locked ? (lock.by ?? '') : null}
        me={user}
        peers={peers}
      />
      <main id="main" className="board-body">
        {connection && snapshot?.ready ? (
          <BoardView board={board} connection={connection} readOnly={readOnly} user={user} />
        ) : (
          <Loading label={t('board.opening')} />
        )}
      </main>
    </div>
  );
}
