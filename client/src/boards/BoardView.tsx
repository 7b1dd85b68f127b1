import type { Board } from '@mentoring/shared/schema/board';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../app/Loading';
import type { BoardConnection, PeerInfo } from '../sync/board-connection';

/** What every board kind's view receives: its board, its open connection (Y.Doc, awareness), the user. */
export interface BoardViewProps {
  board: Board;
  connection: BoardConnection;
  readOnly: boolean;
  user: PeerInfo;
}

// tldraw is large: loaded only when a canvas is opened, so joining from a phone stays fast.
const CanvasBoard = lazy(() => import('../canvas/CanvasBoard'));
// Structured templates: one chunk for the shared fields, one per kind (see fields/TemplateBoard).
const TemplateBoard = lazy(() => import('./fields/TemplateBoard'));

/**
 * Picks the view of the board's kind: the free canvas, or a structured template board (one folder
 * per kind under `boards/`, loaded by `fields/TemplateBoard`).
 */
export function BoardView(props: BoardViewProps) {
  const { t } = useTranslation();
  switch (props.board.kind) {
    case 'canvas':
      return (
        <Suspense fallback={<Loading label={t('board.opening')} />}>
          <CanvasBoard {...props} />
        </Suspense>
      );
    default:
      return (
        <Suspense fallback={<Loading label={t('board.opening')} />}>
          <TemplateBoard {...props} kind={props.board.kind} />
        </Suspense>
      );
  }
}
