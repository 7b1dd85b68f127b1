import type { ScrollAnchor } from '@mentoring/shared/protocol/session-events';

/**
 * Scroll positions of structured boards as anchors that mean the same on every screen: the row,
 * card or section at the top of the view, and how far into it the view starts. A projector at
 * 1920 px and a laptop at 1366 px lay a plan out differently; the same row at the top is what
 * "the same place" means to the room.
 */

/**
 * Elements a view can be anchored to, inside the board only (the workshop panel lists items by id
 * too): a table's rows first (by item id; they stay rows, shown as cards, on narrow screens), cards
 * and sections where no row crosses the view's top. Never an element inside a row (a vote dot): it
 * lays out differently on each screen and would put the follower past the row.
 */
const ROWS = '.template-board tr[data-item-id]';
const ANCHORS = [
  ROWS,
  '.template-board [data-item-id]:not(tr [data-item-id]):not(.row-vote)',
  '.template-board section.board-section[id]',
].join(', ');

const keyOf = (element: Element): string | null => {
  const item = element.getAttribute('data-item-id');
  if (item) return `item:${item}`;
  return element.id ? `section:${element.id}` : null;
};

const find = (root: ParentNode, anchor: string): HTMLElement | null => {
  const [kind, id] = [anchor.slice(0, anchor.indexOf(':')), anchor.slice(anchor.indexOf(':') + 1)];
  const selector =
    kind === 'item'
      ? `.template-board [data-item-id="${CSS.escape(id)}"]`
      : kind === 'section'
        ? `.template-board #${CSS.escape(id)}`
        : null;
  if (!selector) return null;
  // The row itself before anything else carrying its id (a card inside it, a vote dot).
  const all = [...root.querySelectorAll<HTMLElement>(selector)];
  return all.find((element) => element.tagName === 'TR') ?? all[0] ?? null;
};

/**
 * The board's own scrolling area: a structured board's main column, else the nearest ancestor that
 * scrolls vertically. (A wide table's wrapper scrolls sideways, and an element that scrolls along x
 * computes as scrolling along y too: it must not be taken for the board's.)
 */
export function scrollerOf(element: Element): HTMLElement | null {
  const main = element.closest<HTMLElement>('.template-main');
  if (main) return main;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight)
      return node;
  }
  return null;
}

/** Where `root`'s board is scrolled to (null: at the top, or nothing to anchor to). */
export function readScrollAnchor(root: ParentNode): ScrollAnchor | null {
  const first = root.querySelector(ANCHORS);
  const scroller = first ? scrollerOf(first) : null;
  if (!scroller || scroller.scrollTop <= 0) return null;
  const viewTop = scroller.getBoundingClientRect().top;
  // The element the view's top line crosses, a row or card rather than a section (a section may
  // be a sticky side column); else the last one starting above the line.
  let best: { key: string; top: number; rank: number } | null = null;
  for (const element of root.querySelectorAll(ANCHORS)) {
    const { top, bottom, height } = element.getBoundingClientRect();
    const key = keyOf(element);
    if (!key || height === 0 || top > viewTop + 2) continue;
    const rank =
      (bottom > viewTop ? 4 : 0) + (element.matches(ROWS) ? 2 : 0) + (key.startsWith('item:') ? 1 : 0);
    if (!best || rank > best.rank || (rank === best.rank && top >= best.top)) best = { key, top, rank };
  }
  return best ? { anchor: best.key, offset: Math.round(viewTop - best.top) } : null;
}

/**
 * How far into the anchor the follower's view starts: the leader's offset, but never past the
 * anchor's own height here (a row two lines tall on a phone is one line on a projector; the whole
 * offset would put the projector's view past the row the facilitator shows).
 */
export function cappedOffset(offset: number, height: number): number {
  return Math.max(0, Math.min(offset, Math.max(0, height - 1)));
}

/**
 * Scrolls `root`'s board to an anchor (null: to the top). False when the anchor is not on the page
 * (yet: the document may still be arriving).
 */
export function showScrollAnchor(root: ParentNode, scroll: ScrollAnchor | null): boolean {
  if (!scroll) {
    const first = root.querySelector(ANCHORS);
    const scroller = first ? scrollerOf(first) : null;
    if (scroller) scroller.scrollTop = 0;
    return true;
  }
  const element = find(root, scroll.anchor);
  const scroller = element ? scrollerOf(element) : null;
  if (!element || !scroller) return element !== null;
  const viewTop = scroller.getBoundingClientRect().top;
  const { top, height } = element.getBoundingClientRect();
  const delta = top - viewTop + cappedOffset(scroll.offset, height);
  // Within a pixel is in place: a re-apply on every layout change must not nudge the view.
  if (Math.abs(delta) >= 1) scroller.scrollTop += delta;
  return true;
}
