import * as Y from 'yjs';

/**
 * The words a person wrote that the server refused, so they can copy them out before they are
 * gone: the texts of the local document before the rollback that the server's document does not
 * have. Texts are what people type: every Y.Text (form fields and table cells) and every string
 * under a `text` key of plain data (a canvas note's rich text, a comment), never ids or styles.
 */
export function collectTexts(doc: Y.Doc): string[] {
  const found = new Set<string>();
  const add = (text: string) => {
    const trimmed = text.trim();
    if (trimmed) found.add(trimmed);
  };
  for (const [name, type] of doc.share) walkType(typedRoot(doc, name, type), add);
  return [...found];
}

/** The texts of `before` that `after` does not hold, in their order. */
export function refusedTexts(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((text) => !kept.has(text));
}

/** What to put on the clipboard: one text per paragraph. */
export function clipboardText(texts: readonly string[]): string {
  return texts.join('\n\n');
}

// A root that arrived from the network but was never asked for here is a bare AbstractType;
// asking for it by its kind makes its content readable (Yjs keeps the content, only retypes it).
function typedRoot(doc: Y.Doc, name: string, type: unknown): unknown {
  if (type instanceof Y.Map || type instanceof Y.Array || type instanceof Y.Text) return type;
  if (!(type instanceof Y.AbstractType)) return null;
  if (type._map.size > 0) return doc.getMap(name);
  return type._start?.content instanceof Y.ContentString ? doc.getText(name) : doc.getArray(name);
}

function walkType(type: unknown, add: (text: string) => void): void {
  if (type instanceof Y.Text) add(type.toString());
  else if (type instanceof Y.Map) for (const value of type.values()) walkValue(value, add, null);
  else if (type instanceof Y.Array) for (const value of type.toArray()) walkValue(value, add, null);
}

function walkValue(value: unknown, add: (text: string) => void, key: string | null): void {
  if (value instanceof Y.AbstractType) walkType(value, add);
  else if (typeof value === 'string') {
    if (key === 'text') add(value);
  } else if (Array.isArray(value)) for (const item of value) walkValue(item, add, null);
  else if (typeof value === 'object' && value !== null)
    for (const [inner, item] of Object.entries(value)) walkValue(item, add, inner);
}
