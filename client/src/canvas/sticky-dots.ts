/**
 * Dot voting on a canvas's sticky notes, as plain rules the dot bar draws from: what one sticky's
 * dot button does for me, and where the bar sits on the screen. Kept apart from tldraw and React so
 * that the rules are tested on their own.
 */

/** What my dot button on one sticky shows and does. */
export interface StickyDotState {
  /** My dots on this sticky. */
  placed: number;
  /** My dots not placed yet in this vote. */
  left: number;
  /** The main button takes a dot back (all my dots are placed, some of them here). */
  takeBack: boolean;
  /** The main button can do anything at all. */
  enabled: boolean;
}

export function stickyDotState(
  itemId: string,
  mine: readonly string[],
  dotsPerPerson: number,
): StickyDotState {
  const placed = mine.filter((id) => id === itemId).length;
  const left = Math.max(0, dotsPerPerson - mine.length);
  const takeBack = placed > 0 && left === 0;
  return { placed, left, takeBack, enabled: left > 0 || placed > 0 };
}

/** A screen rectangle: where a sticky shows in the canvas's viewport. */
export interface ScreenBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Where a sticky's dot bar goes in the viewport (its top left corner): along the sticky's bottom
 * edge, inside it, so that it moves and scales with the note; null when the sticky is out of view or
 * too small on screen to carry a button (zoomed far out).
 */
export function dotBarPlace(
  sticky: ScreenBox,
  viewport: { w: number; h: number },
  bar = { w: 76, h: 36 },
): { x: number; y: number } | null {
  if (sticky.w < bar.w || sticky.h < bar.h * 2) return null;
  const x = sticky.x + 4;
  const y = sticky.y + sticky.h - bar.h - 4;
  if (x + bar.w < 0 || y + bar.h < 0 || x > viewport.w || y > viewport.h) return null;
  return { x: Math.round(x), y: Math.round(y) };
}
