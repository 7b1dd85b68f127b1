import type { Viewport } from '@mentoring/shared/protocol/session-events';

/**
 * The board area (page coordinates) a leader's canvas shows: its left edge is at -camera.x, and it
 * spans the canvas size divided by the zoom. Null for a viewport sent without its size.
 */
export function viewportPageBounds(
  viewport: Viewport,
): { x: number; y: number; w: number; h: number } | null {
  if (!viewport.w || !viewport.h) return null;
  return { x: -viewport.x, y: -viewport.y, w: viewport.w / viewport.z, h: viewport.h / viewport.z };
}
