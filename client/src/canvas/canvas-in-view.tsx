import {
  computed,
  DefaultCanvas,
  type Editor,
  type TLCanvasComponentProps,
  type TLRenderingShape,
  useEditor,
} from 'tldraw';

const inViewOnly = new WeakSet<Editor>();

const sameShapes = (a: TLRenderingShape[], b: TLRenderingShape[]) =>
  a.length === b.length &&
  a.every((x, i) => {
    const y = b[i];
    return (
      y !== undefined &&
      x.id === y.id &&
      x.shape === y.shape &&
      x.util === y.util &&
      x.index === y.index &&
      x.backgroundIndex === y.backgroundIndex &&
      x.opacity === y.opacity
    );
  });

/**
 * Makes the editor render only the shapes it does not cull (those at least partly in view, plus
 * the selected and the edited one). tldraw 3 mounts a React tree for every shape of the page and
 * hides the culled ones; for 2,000 stickies that was most of a board's first render, and every
 * change re-rendered the list of all 2,000. A shape coming into view is mounted then. Only what the
 * canvas draws changes: hit tests, selection, export and the store still see every shape.
 */
export function renderOnlyInView(editor: Editor): void {
  if (inViewOnly.has(editor)) return;
  inViewOnly.add(editor);
  const all = editor.getRenderingShapes.bind(editor);
  const inView = computed<TLRenderingShape[]>(
    'rendering shapes in view',
    () => {
      const culled = editor.getCulledShapes();
      return all().filter((shape) => !culled.has(shape.id));
    },
    // A change off screen (a remote edit, a note moved elsewhere) leaves the canvas as it is.
    { isEqual: sameShapes },
  );
  editor.getRenderingShapes = () => inView.get();
}

/** tldraw's canvas, drawing only the shapes in view (see {@link renderOnlyInView}). */
export function CanvasInView(props: TLCanvasComponentProps) {
  const editor = useEditor();
  // Before the canvas's first render, so that it never mounts the shapes out of view.
  renderOnlyInView(editor);
  return <DefaultCanvas {...props} />;
}
