import type { Page } from 'playwright-core';

/** The part of tldraw's Editor the tests use (it runs in the page, through `window.__board`). */
interface EditorLike {
  createShape(shape: object): unknown;
  updateShape(partial: object): unknown;
  deleteShape(id: string): unknown;
  getShape(id: string): { x: number; y: number; props: { richText?: unknown } } | undefined;
  getCurrentPageShapeIds(): Set<string>;
  getIsReadonly(): boolean;
  markHistoryStoppingPoint(name?: string): string;
  undo(): unknown;
  redo(): unknown;
}
type BoardWindow = { __board: { editor: EditorLike } };

export const shapeId = (key: string) => `shape:${key}`;

/** Creates a sticky note with a text through the editor API, as a user's action. */
export async function createNote(page: Page, key: string, x: number, y: number, text: string): Promise<void> {
  await page.evaluate(
    ({ id, x, y, text }) => {
      const { editor } = (window as unknown as BoardWindow).__board;
      // As tldraw's tools do: one undo step per created note.
      editor.markHistoryStoppingPoint('create note');
      editor.createShape({
        id,
        type: 'note',
        x,
        y,
        props: {
          richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
        },
      });
    },
    { id: shapeId(key), x, y, text },
  );
}

/** Undoes (or redoes) this user's last step, as Ctrl+Z (Ctrl+Shift+Z) would. */
export async function history(page: Page, action: 'undo' | 'redo'): Promise<void> {
  await page.evaluate((which) => {
    const { editor } = (window as unknown as BoardWindow).__board;
    if (which === 'undo') editor.undo();
    else editor.redo();
  }, action);
}

/** Moves a shape through the editor API. */
export async function moveShape(page: Page, key: string, x: number, y: number): Promise<void> {
  await page.evaluate(
    ({ id, x, y }) => {
      const { editor } = (window as unknown as BoardWindow).__board;
      editor.markHistoryStoppingPoint('move note');
      editor.updateShape({ id, type: 'note', x, y });
    },
    { id: shapeId(key), x, y },
  );
}

/** Where a shape is in the page's store, or null when it is not there. */
export function shapePosition(page: Page, key: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const shape = (window as unknown as BoardWindow).__board.editor.getShape(id);
    return shape ? { x: shape.x, y: shape.y } : null;
  }, shapeId(key));
}

/** Ids of every shape on the current page. */
export function shapeIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(window as unknown as BoardWindow).__board.editor.getCurrentPageShapeIds()].sort(),
  );
}

export function isReadonly(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as BoardWindow).__board.editor.getIsReadonly());
}

/** Waits until tldraw renders the shape in the DOM with this text. */
export async function waitForRenderedNote(page: Page, key: string, text: string): Promise<void> {
  const shape = page.locator(`[data-shape-id="${shapeId(key)}"]`);
  await shape.waitFor({ timeout: 60_000 });
  await shape.getByText(text).first().waitFor({ timeout: 60_000 });
}

/** How many times a canvas editor was mounted in this page (1 unless it was torn down and rebuilt). */
export function editorMounts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __boardMounts?: number }).__boardMounts ?? 0);
}
