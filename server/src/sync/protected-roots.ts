import * as Y from 'yjs';
import type { DecodedUpdate } from './protocol.js';

/**
 * Root types only the server writes (board lock, votes). A client update that inserts into or
 * deletes from one of them is refused. Items whose parent is not written in the update (a map
 * value that replaces another, an insert after a neighbour) are resolved through the room's doc.
 */
export function touchesProtectedRoots(
  doc: Y.Doc,
  decoded: DecodedUpdate,
  protectedRoots: ReadonlySet<string>,
): boolean {
  return touchesRoots(doc, decoded, (root) => root !== null && protectedRoots.has(root));
}

/**
 * True when the update changes anything outside the root types `open` (e.g. a board's content
 * when only its comments are open to the sender). Content it cannot place counts as outside.
 * Deleting what the doc already deleted changes nothing: a client's sync step 2 carries its whole
 * delete set, and must not be refused for deletions others made long ago.
 */
export function touchesRootsOutside(doc: Y.Doc, decoded: DecodedUpdate, open: ReadonlySet<string>): boolean {
  return touchesRoots(doc, decoded, (root) => root === null || !open.has(root));
}

function touchesRoots(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  guarded: (root: string | null) => boolean,
): boolean {
  // Roots of structs earlier in this same update, which the doc does not know yet, as clock ranges.
  const local = new Map<number, Array<{ start: number; end: number; root: string | null }>>();
  const localRoot = (id: Y.ID) => local.get(id.client)?.find((r) => id.clock >= r.start && id.clock < r.end);
  const rootOfId = (id: Y.ID | null): string | null => {
    if (!id) return null;
    const range = localRoot(id);
    if (range) return range.root;
    if (id.clock >= Y.getState(doc.store, id.client)) return null;
    const item = Y.getItem(doc.store, id);
    return item instanceof Y.Item ? rootOfType(item.parent) : null;
  };
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    let root: string | null = null;
    const parent = struct.parent as unknown;
    if (typeof parent === 'string') root = parent;
    else if (parent instanceof Y.ID) root = rootOfId(parent);
    else root = rootOfId(struct.origin) ?? rootOfId(struct.rightOrigin);
    if (guarded(root)) return true;
    const ranges = local.get(struct.id.client) ?? [];
    ranges.push({ start: struct.id.clock, end: struct.id.clock + struct.length, root });
    local.set(struct.id.client, ranges);
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      // Deleting what the doc already deleted changes nothing: a client's sync step 2 carries its
      // whole delete set, including what the server itself deleted (a closed vote; found by the soak).
      if (deletesOutside(doc, client, range, localRoot, guarded)) return true;
    }
  }
  return false;
}

/** Whether a delete range removes something the doc still has (or does not know) in a guarded root. */
function deletesOutside(
  doc: Y.Doc,
  client: number,
  range: { clock: number; len: number },
  inUpdate: (id: Y.ID) => { end: number; root: string | null } | undefined,
  guarded: (root: string | null) => boolean,
): boolean {
  const known = Y.getState(doc.store, client);
  let clock = range.clock;
  const end = range.clock + range.len;
  while (clock < end) {
    const id = Y.createID(client, clock);
    const fromUpdate = inUpdate(id);
    if (fromUpdate) {
      if (guarded(fromUpdate.root)) return true;
      clock = fromUpdate.end;
      continue;
    }
    if (clock >= known) return guarded(null);
    const struct = Y.getItem(doc.store, id);
    if (struct instanceof Y.Item && !struct.deleted && guarded(rootOfType(struct.parent))) return true;
    clock = struct.id.clock + struct.length;
  }
  return false;
}

/** The name of the root type that `type` lives under (null when it is not attached). */
function rootOfType(type: unknown): string | null {
  let current = type as Y.AbstractType<unknown> | null;
  while (current?._item) current = current._item.parent as Y.AbstractType<unknown> | null;
  if (!current) return null;
  try {
    return Y.findRootTypeKey(current);
  } catch {
    return null;
  }
}
