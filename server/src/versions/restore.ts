import * as Y from 'yjs';

const REVERTING = Symbol('reverting');

/**
 * Makes `doc` read as it did in `versionState` again, as a new change: history is never rewritten,
 * so the restore reaches every client like any edit, merges with edits made meanwhile, and can
 * itself be undone by restoring the version taken before it. Root types in `keep` (server-owned
 * workshop state such as votes) are left as they are.
 *
 * How: replay on a copy of the version everything that happened since it, with an UndoManager
 * tracking that replay, then undo it; the undo's result, encoded against `doc`, is the restore.
 */
export function restoreUpdate(
  doc: Y.Doc,
  versionState: Uint8Array,
  keep: ReadonlySet<string>,
): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false });
  Y.applyUpdate(scratch, versionState);
  const roots = new Set([...doc.share.keys(), ...scratch.share.keys()].filter((name) => !keep.has(name)));
  // Typed roots: the UndoManager only sees changes of types that emit events (not a bare root).
  const scope = [...roots].map((name) =>
    scratch.get(name, kindOf(doc.share.get(name)) ?? kindOf(scratch.share.get(name)) ?? Y.Map),
  );
  // A board never opened has no roots: nothing to restore (and UndoManager needs a scope).
  if (scope.length === 0) {
    scratch.destroy();
    return null;
  }
  const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REVERTING]), captureTimeout: 0 });
  const since = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(scratch));
  Y.applyUpdate(scratch, since, REVERTING);
  undo.undo();
  undo.destroy();
  const update = Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc));
  scratch.destroy();
  const probe = new Y.Doc();
  let changed = false;
  probe.on('update', () => {
    changed = true;
  });
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc));
  changed = false;
  Y.applyUpdate(probe, update);
  probe.destroy();
  return changed ? update : null;
}

type RootKind = typeof Y.Map | typeof Y.Array | typeof Y.Text | typeof Y.XmlFragment;

/** The kind of a root type, from its content when nobody has asked for it by kind yet. */
function kindOf(root: object | undefined): RootKind | null {
  if (!root) return null;
  const type = root as { _map: Map<string, Y.Item>; _start: Y.Item | null };
  if (
    root instanceof Y.Map ||
    root instanceof Y.Array ||
    root instanceof Y.Text ||
    root instanceof Y.XmlFragment
  ) {
    return root.constructor as RootKind;
  }
  if (type._map.size > 0 && type._start === null) return Y.Map;
  for (let item = type._start; item !== null; item = item.right) {
    const content = item.content;
    if (
      content instanceof Y.ContentString ||
      content instanceof Y.ContentFormat ||
      content instanceof Y.ContentEmbed
    ) {
      return Y.Text;
    }
    if (content instanceof Y.ContentType && content.type instanceof Y.XmlElement) return Y.XmlFragment;
    if (!item.deleted) return Y.Array;
  }
  return type._start ? Y.Array : null;
}
