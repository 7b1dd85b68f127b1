/** Keyboard shortcuts inside a list item (a row of the action plan, a key factor card...). */
export type ItemShortcut = 'move-up' | 'move-down' | 'insert-below';

/** Alt+Shift+Arrow up / Arrow down moves the item; Alt+Shift+Enter inserts a new one below it. */
export function itemShortcut(event: {
  readonly key: string;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}): ItemShortcut | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowUp':
      return 'move-up';
    case 'ArrowDown':
      return 'move-down';
    case 'Enter':
      return 'insert-below';
    default:
      return null;
  }
}

/**
 * The display position a dragged item takes when dropped before or after `overId`, counted among
 * the other items (as `ListHandle.move` expects); null when nothing moves.
 */
export function dropIndex(
  ids: readonly string[],
  dragId: string,
  overId: string,
  after: boolean,
): number | null {
  if (dragId === overId || !ids.includes(dragId)) return null;
  const others = ids.filter((id) => id !== dragId);
  const at = others.indexOf(overId);
  if (at === -1) return null;
  const index = after ? at + 1 : at;
  return index === ids.indexOf(dragId) ? null : index;
}

/** The position an item moves to with the arrow buttons or keys, or null at either end. */
export function stepIndex(ids: readonly string[], id: string, delta: -1 | 1): number | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  return from === -1 || to < 0 || to >= ids.length ? null : to;
}
