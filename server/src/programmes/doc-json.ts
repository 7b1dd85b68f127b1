import * as Y from 'yjs';

/** A board document as plain JSON (one entry per top-level shared type) and as one Yjs update. */
export interface DocContent {
  content: Record<string, unknown>;
  /** The whole document state, base64: lossless, loadable with `Y.applyUpdate`. */
  yjsUpdate: string;
}

/**
 * Reads stored updates into plain JSON for export. The stored bytes do not say which kind each
 * top-level type is (the client knows, from the board kind), so an untyped one is read as a map when
 * it has keys, as text when it holds characters, else as an array. The template issue may refine
 * this per board kind.
 */
export function docContent(updates: Uint8Array[]): DocContent {
  const doc = new Y.Doc();
  try {
    for (const update of updates) Y.applyUpdate(doc, update);
    const content: Record<string, unknown> = {};
    for (const [name, type] of [...doc.share]) content[name] = topLevelJson(doc, name, type);
    return { content, yjsUpdate: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') };
  } finally {
    doc.destroy();
  }
}

function topLevelJson(doc: Y.Doc, name: string, type: ReturnType<Y.Doc['get']>): unknown {
  if (type instanceof Y.Text) return type.toString();
  if (type instanceof Y.Map || type instanceof Y.Array || type instanceof Y.XmlFragment) return type.toJSON();
  if (type._start === null) return doc.getMap(name).toJSON();
  for (let item: Y.Item | null = type._start; item; item = item.right) {
    if (item.deleted) continue;
    if (item.content instanceof Y.ContentString || item.content instanceof Y.ContentFormat) {
      return doc.getText(name).toString();
    }
    return doc.getArray(name).toJSON();
  }
  return doc.getArray(name).toJSON();
}
