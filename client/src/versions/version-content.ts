import { readTemplate } from '@mentoring/shared/doc/registry';
import type { BoardKind } from '@mentoring/shared/schema/board';
import type { TemplateDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import * as Y from 'yjs';

/** The kinds whose versions can be compared row by row: those their declaration says. */
export const COMPARABLE_KINDS: ReadonlySet<BoardKind> = new Set<BoardKind>(
  Object.values<TemplateDeclaration<BoardKind>>(TEMPLATES).flatMap((template) =>
    template.compare ? [template.kind] : [],
  ),
);

/** Decodes base64 (as the versions endpoint sends a state) to bytes. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A Y.Doc holding an encoded state; the caller destroys it. */
export function docOfState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}

/** The template JSON of a board's doc; null for a canvas (no template form). */
export function contentOf(kind: BoardKind, doc: Y.Doc): Record<string, unknown> | null {
  if (kind === 'canvas') return null;
  return readTemplate(kind, doc) as Record<string, unknown>;
}

/** The template JSON of an encoded state (a version), or null for a canvas. */
export function contentOfState(kind: BoardKind, base64: string): Record<string, unknown> | null {
  if (kind === 'canvas') return null;
  const doc = docOfState(base64ToBytes(base64));
  try {
    return contentOf(kind, doc);
  } finally {
    doc.destroy();
  }
}
