import * as Y from 'yjs';
import type { DecodedUpdate } from './protocol.js';

/**
 * Root types only the server writes (board lock, votes). A client update that inserts into or
 * deletes from one of them is refused. Items whose parent is not written in the update (a map
 * value that replaces another, an insert after a neighbour) are resolved through the room's doc.
 */
export function touchesProtectedRoots(
  doc: Y.Doc,
  { structs, ds }: DecodedUpdate,
  protectedRoots: ReadonlySet<string>,
): boolean {
  // Roots of structs earlier in this same update, which the doc does not know yet, as clock ranges.
  const local = new Map<number, Array<{ start: number; end: number; root: string | null }>>();
  const rootOfId = (id: Y.ID | null): string | null => {
    if (!id) return null;
    const range = local.get(id.client)?.find((r) => id.clock >= r.start && id.clock < r.end);
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
    if (root !== null && protectedRoots.has(root)) return true;
    const ranges = local.get(struct.id.client) ?? [];
    ranges.push({ start: struct.id.clock, end: struct.id.clock + struct.length, root });
    local.set(struct.id.client, ranges);
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      if (deletesLiveProtected(doc, client, range, protectedRoots)) return true;
      // Items of this same update (beyond what the doc knows): their root is known from above.
      const inUpdate = local
        .get(client)
        ?.find((r) => r.end > range.clock && r.start < range.clock + range.len);
      if (inUpdate?.root != null && protectedRoots.has(inUpdate.root)) return true;
    }
  }
  return false;
}

/**
 * True when the range deletes an item of the doc that is still live under a protected root. A
 * deletion the doc already has changes nothing: a client's sync step 2 carries its whole delete set,
 * including what the server itself deleted (a closed vote), and must not be refused for it.
 */
function deletesLiveProtected(
  doc: Y.Doc,
  client: number,
  range: { clock: number; len: number },
  protectedRoots: ReadonlySet<string>,
): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || range.clock >= Y.getState(doc.store, client)) return false;
  const end = range.clock + range.len;
  for (let i = Y.findIndexSS(structs, range.clock); i < structs.length; i++) {
    const struct = structs[i];
    if (!struct || struct.id.clock >= end) break;
    if (!(struct instanceof Y.Item) || struct.deleted) continue;
    const root = rootOfType(struct.parent);
    if (root !== null && protectedRoots.has(root)) return true;
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
