import type { BoardKind } from '@mentoring/shared/schema/board';
import { fetchLicenseKey } from '../canvas/license';
import { OWN_PARTS } from './own-parts';

// The same dynamic imports as the lazy views (BoardView, engine/TemplateBoard): the bundler gives
// both one chunk, so fetching it here makes the view's own import instant.
function chunks(kind: BoardKind): Promise<unknown>[] {
  if (kind === 'canvas') return [import('../canvas/CanvasBoard'), fetchLicenseKey()];
  const own = Object.hasOwn(OWN_PARTS, kind) ? OWN_PARTS[kind] : undefined;
  return [import('./engine/TemplateBoard'), ...(own ? [own()] : [])];
}

/**
 * Starts fetching the code of a board kind's view (and the canvas's licence key) while its document
 * syncs, instead of after.
 * A failure is left to the view's own import, which shows it.
 */
export function preloadBoardView(kind: BoardKind): void {
  for (const chunk of chunks(kind)) chunk.catch(() => undefined);
}
