import type { SessionResponse } from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import { can } from '@mentoring/shared/schema/roles';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from 'tldraw';
import { api } from '../api/endpoints';
import { ApiError } from '../api/http';
import { ContentLanguageContext } from '../app/content-language';
import { Loading } from '../app/Loading';
import { useDocumentTitle } from '../app/use-document-title';
import { StickyVoteProvider } from '../canvas/StickyVoteProvider';
import type { PeerInfo } from '../sync/board-connection';
import { RefusedTextNotice } from '../sync/RefusedTextNotice';
import { useBoardConnection } from '../sync/use-board-connection';
import { useBoardLock } from '../sync/use-board-lock';
import { ApprovalBanner } from '../versions/ApprovalBanner';
import { BoardTools } from '../versions/BoardTools';
import { CanvasEditorProvider } from '../workshop/canvas-editor';
import { colourOf } from '../workshop/colours';
import { RoomStatus } from '../workshop/RoomStatus';
import { useBoardPeers } from '../workshop/use-board-peers';
import { useBoardWorkshop } from '../workshop/use-board-workshop';
import { useWorkshopConnection, WorkshopProvider } from '../workshop/use-workshop-session';
import { WorkshopBar } from '../workshop/WorkshopBar';
import { WorkshopPanel } from '../workshop/WorkshopPanel';
import { BoardChrome } from './BoardChrome';
import { BoardView } from './BoardView';
import { preloadBoardView } from './preload';

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
  // The view's code downloads while the document syncs.
  useEffect(() => preloadBoardView(board.kind), [board.kind]);
  const { connection, snapshot, refused, dismissRefused } = useBoardConnection({
    docId: board.docId,
    token,
    user,
    checkAccess,
  });
  const peers = useBoardPeers(connection?.awareness ?? null);
  const lock = useBoardLock(connection?.doc ?? null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const editorSlot = useMemo(() => ({ editor, setEditor }), [editor]);
  // Bumped when the versions panel records or withdraws an approval, so the plan's banner reloads.
  const [approvals, setApprovals] = useState(0);
  const approvalChanged = useCallback(() => setApprovals((n) => n + 1), []);
  // The page's one workshop channel: roster, timer, follow-me, votes, lock.
  const workshop = useWorkshopConnection(token, board.id);
  const workshopTools = useBoardWorkshop({
    session: workshop,
    board,
    role: session.role,
    memberId: member.id,
    token,
    doc: connection?.doc ?? null,
    locked: lock.locked,
    editor,
  });
  // Mirrors the server: observers never edit; a locked board is read-only except for facilitators.
  // Without access nothing more can be saved, so nothing more can be drawn either.
  const readOnly =
    !can(session.role, 'editBoards') ||
    (lock.locked && !can(session.role, 'facilitate')) ||
    snapshot?.link === 'denied';

  // A structured board shows its frame (title, sections, empty fields) at once, read-only, and
  // fills as the document arrives; the canvas waits, as tldraw would start from an empty store.
  const framed = board.kind !== 'canvas';
  const filling = framed && !snapshot?.ready;

  return (
    <WorkshopProvider value={workshop}>
      <CanvasEditorProvider value={editorSlot}>
        <div className="board-screen">
          <BoardChrome
            programmeId={board.programmeId}
            title={board.title}
            connection={connection}
            snapshot={snapshot}
            readOnly={readOnly}
            lockedBy={lock.locked ? (lock.by ?? '') : null}
            me={user}
            peers={peers}
            tools={
              <>
                <BoardTools
                  board={board}
                  session={session}
                  token={token}
                  doc={connection?.doc ?? null}
                  editor={editor}
                  onApprovalChange={approvalChanged}
                />
                <WorkshopBar tools={workshopTools} />
              </>
            }
            status={<RoomStatus tools={workshopTools} />}
          />
          {/* Outside the board body, which the board fills edge to edge. */}
          {board.kind === 'action-plan' ? (
            <ApprovalBanner
              board={board}
              token={token}
              canManage={can(session.role, 'manageVersions')}
              doc={connection?.doc ?? null}
              refreshKey={approvals}
            />
          ) : null}
          <RefusedTextNotice texts={refused} onDismiss={dismissRefused} />
          <main
            id="main"
            className={filling ? 'board-body filling' : 'board-body'}
            aria-busy={filling || undefined}
            data-filling={filling}
          >
            {filling ? <Loading label={t('saveRefusal.filling')} /> : null}
            {connection && (snapshot?.ready || framed) ? (
              <ContentLanguageContext.Provider value={session.programme.language}>
                {/* A new document after a refused edit was rolled back: a fresh view binds to it. */}
                <StickyVoteProvider tools={workshopTools}>
                  <BoardView
                    key={connection.doc.clientID}
                    board={board}
                    connection={connection}
                    readOnly={readOnly}
                    filling={filling}
                    user={user}
                  />
                </StickyVoteProvider>
              </ContentLanguageContext.Provider>
            ) : (
              <Loading label={t('board.opening')} />
            )}
            <WorkshopPanel tools={workshopTools} />
          </main>
        </div>
      </CanvasEditorProvider>
    </WorkshopProvider>
  );
}
