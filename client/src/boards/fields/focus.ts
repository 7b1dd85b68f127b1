/**
 * Focus helpers for lists that change under the person using them: moving a row re-inserts its DOM
 * nodes (which drops focus), adding an item should put the caret in it, deleting one should leave
 * focus somewhere useful.
 */

/** Focuses what `find` returns once it is rendered (tries for a few frames). */
export function focusWhenRendered(find: () => HTMLElement | null, attempts = 10): void {
  const tryNow = (left: number) => {
    const element = find();
    if (element) {
      element.focus();
      return;
    }
    if (left > 0) requestAnimationFrame(() => tryNow(left - 1));
  };
  requestAnimationFrame(() => tryNow(attempts));
}

/**
 * Remembers the focused element and its selection; the returned function puts focus back after the
 * DOM was rearranged (a no-op when focus stayed or the element is gone).
 */
export function keepFocus(): () => void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return () => undefined;
  const text = active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement ? active : null;
  const selection =
    text && text.selectionStart !== null ? [text.selectionStart, text.selectionEnd ?? 0] : null;
  return () =>
    requestAnimationFrame(() => {
      if (!active.isConnected || document.activeElement === active) return;
      active.focus();
      if (text && selection) {
        try {
          text.setSelectionRange(selection[0] ?? 0, selection[1] ?? 0);
        } catch {
          // Inputs of type date or checkbox have no selection.
        }
      }
    });
}

/** The first field of an item, by the item's `data-item-id`. */
export function firstFieldOf(itemId: string): HTMLElement | null {
  const item = document.querySelector(`[data-item-id="${CSS.escape(itemId)}"]`);
  // A table's text cell is a `textbox` that turns into its editor when focused (CellText).
  return item?.querySelector<HTMLElement>('textarea, input, select, [role="textbox"]') ?? null;
}
