import type { Editor } from 'tldraw';

/** An image of the whole current page, made in the browser by tldraw's own export; null if empty. */
export async function canvasImage(editor: Editor, format: 'svg' | 'png'): Promise<Blob | null> {
  const ids = [...editor.getCurrentPageShapeIds()];
  if (ids.length === 0) return null;
  if (format === 'svg') {
    const result = await editor.getSvgString(ids, { background: true, padding: 32 });
    return result ? new Blob([result.svg], { type: 'image/svg+xml' }) : null;
  }
  const { blob } = await editor.toImage(ids, { format: 'png', background: true, padding: 32, scale: 2 });
  return blob;
}
