import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { paths } from '../app/paths';
import { ProjectBoardButton } from '../projection/ProjectBoardButton';
import type { PeerInfo } from '../sync/board-connection';
import { ConnectionProblem, ConnectionStatus } from '../sync/ConnectionStatus';
import type { ConnectionSnapshot } from '../sync/connection-state';
import { PeopleHere } from '../workshop/PeopleHere';
import type { Peer } from '../workshop/use-board-peers';

export interface BoardChromeProps {
  programmeId: string;
  title: string;
  snapshot: ConnectionSnapshot | null;
  readOnly: boolean;
  /** Who locked the board ('' when unknown), or null when it is not locked. */
  lockedBy: string | null;
  me: PeerInfo;
  peers: Peer[];
  /** Board tools on the bar (versions, export). */
  tools?: ReactNode;
}

/** The bar above every board: back, title, who is here, connection state, language. */
export function BoardChrome({
  programmeId,
  title,
  snapshot,
  readOnly,
  lockedBy,
  me,
  peers,
  tools,
}: BoardChromeProps) {
  const { t } = useTranslation();
  return (
    <header className="board-chrome">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="board-bar">
        <Link to={paths.programme(programmeId)} className="back-link">
          <span aria-hidden="true">←</span>
          <span className="back-text">{t('board.back')}</span>
        </Link>
        <h1 className="board-title">{title}</h1>
        <PeopleHere me={me} peers={peers} />
        {tools}
        <ProjectBoardButton programmeId={programmeId} />
        <ConnectionStatus snapshot={snapshot} readOnly={readOnly} />
        <LanguageSwitch />
      </div>
      {lockedBy !== null ? (
        <p className="board-notice" role="status">
          {lockedBy ? t('board.lockedBy', { name: lockedBy }) : t('board.locked')}
        </p>
      ) : null}
      <ConnectionProblem snapshot={snapshot} readOnly={readOnly} />
    </header>
  );
}
