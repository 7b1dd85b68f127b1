import { ArrowLeft } from 'lucide-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLeave } from '../app/LeaveDialog';
import { PersonMenu } from '../app/PersonMenu';
import { paths } from '../app/paths';
import { ProjectBoardButton } from '../projection/ProjectBoardButton';
import type { BoardConnection, PeerInfo } from '../sync/board-connection';
import { ConnectionProblem, ConnectionStatus } from '../sync/ConnectionStatus';
import type { ConnectionFrame } from '../sync/connection-state';
import { PeopleHere } from '../workshop/PeopleHere';
import type { Peer } from '../workshop/use-board-peers';
import { MoreToolsMenu } from './MoreToolsMenu';

export interface BoardChromeProps {
  programmeId: string;
  title: string;
  /** The connection, for its save state (the status badge follows it alone). */
  connection: BoardConnection | null;
  snapshot: ConnectionFrame | null;
  readOnly: boolean;
  /** Who locked the board ('' when unknown), or null when it is not locked. */
  lockedBy: string | null;
  me: PeerInfo;
  peers: Peer[];
  /** Board tools on the bar (versions, export, workshop). */
  tools?: ReactNode;
  /** A row under the bar, seen at every width (the room's announcements). */
  status?: ReactNode;
}

/**
 * The bar above every board, one row: back, title (cut with an ellipsis, whole on hover), who is
 * here, the tools, connection state and the person menu (name, colour, language, leave). Below
 * 1024 px the tools fold behind a "More tools" menu (MoreToolsMenu); they stay mounted, so a panel
 * one of them opened stays open. The status row (`status`) sits under the bar at every width, so
 * what the room must see (a vote opening, a hand going up) is never folded away.
 */
export function BoardChrome({
  programmeId,
  title,
  connection,
  snapshot,
  readOnly,
  lockedBy,
  me,
  peers,
  tools,
  status,
}: BoardChromeProps) {
  const { t } = useTranslation();
  const toolsId = useId();
  const [toolsOpen, setToolsOpen] = useState(false);
  const toolsRef = useRef<HTMLDivElement>(null);
  const leave = useLeave(programmeId);
  // Escape folds the tools again (on narrow screens, where they open as a panel).
  useEffect(() => {
    if (!toolsOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setToolsOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toolsOpen]);
  return (
    <header className="board-chrome">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="board-bar" data-testid="board-bar">
        <Link to={paths.programme(programmeId)} className="back-link">
          <ArrowLeft className="icon" aria-hidden="true" />
          <span className="back-text">{t('board.back')}</span>
        </Link>
        <h1 className="board-title" title={title}>
          {title}
        </h1>
        <PeopleHere me={me} peers={peers} />
        <MoreToolsMenu tools={toolsRef} onReveal={setToolsOpen} />
        <div id={toolsId} ref={toolsRef} className="board-bar-tools" data-open={toolsOpen}>
          {tools}
          <ProjectBoardButton programmeId={programmeId} />
        </div>
        <ConnectionStatus
          connection={connection}
          rolledBack={snapshot?.rolledBack ?? false}
          readOnly={readOnly}
        />
        <PersonMenu person={{ name: me.name, color: me.color }} onLeave={leave.ask} />
      </div>
      {status}
      {lockedBy !== null ? (
        <p className="board-notice" role="status">
          {lockedBy ? t('board.lockedBy', { name: lockedBy }) : t('board.locked')}
        </p>
      ) : null}
      <ConnectionProblem snapshot={snapshot} readOnly={readOnly} />
      {leave.dialog}
    </header>
  );
}
