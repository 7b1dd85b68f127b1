import type { Board } from '@mentoring/shared/schema/board';
import type { BoardConnection, PeerInfo } from '../sync/board-connection';

/**
 * What every board kind's view receives: its board, its open connection (Y.Doc, awareness), the
 * user. Its own module, so that the views (canvas, templates) and `BoardView`, which picks one, do
 * not import each other.
 */
export interface BoardViewProps {
  board: Board;
  connection: BoardConnection;
  readOnly: boolean;
  /** The document is still arriving: the view shows its frame, read-only, and fills as it comes. */
  filling?: boolean;
  user: PeerInfo;
}
