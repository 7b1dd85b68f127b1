import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../app/Loading';
import type { BoardViewProps } from './board-view-props';

export type { BoardViewProps };

// tldraw is large: loaded only when a canvas is opened, so joining from a phone stays fast.
const CanvasBoard = lazy(() => import('../canvas/CanvasBoard'));
// Structured templates: one chunk for the shared fields, one per kind (see engine/TemplateBoard).
const TemplateBoard = lazy(() => import('./engine/TemplateBoard'));

/**
 * Picks the view of the board's kind: the free canvas, or a structured template board (one folder
 * per kind under `boards/`, loaded by `engine/TemplateBoard`).
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
