import type { Editor } from 'tldraw';

declare global {
  interface Window {
    /** Set by end-to-end tests (before the page loads) to get {@link Window.__board}. */
    __mentoringE2E?: boolean;
    /** The open canvas's editor, for end-to-end tests only. */
    __board?: { editor: Editor };
    /** How many editors were mounted on this page (a remount would lose the user's tool state). */
    __boardMounts?: number;
  }
}

/** Lets end-to-end tests drive the canvas through the editor API; inert unless a test asked. */
export function exposeForTests(editor: Editor): () => void {
  if (!window.__mentoringE2E) return () => undefined;
  window.__board = { editor };
  window.__boardMounts = (window.__boardMounts ?? 0) + 1;
  return () => {
    if (window.__board?.editor === editor) window.__board = undefined;
  };
}
