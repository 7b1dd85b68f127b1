import type * as Y from 'yjs';
import type { TemplateKind } from '../schema/templates/kinds.js';
import { TEMPLATES, type TemplateContent } from '../schema/templates/registry.js';
import { type TemplateDoc, templateDoc } from './declared.js';

/** Create and read for every template kind, e.g. for the server's export; built from the declarations. */
export const templateDocs = Object.fromEntries(
  Object.values(TEMPLATES).map((template) => [template.kind, templateDoc(template)]),
) as { readonly [K in TemplateKind]: TemplateDoc<TemplateContent<K>> };

export type { TemplateDoc };

/** The JSON form of a board of kind `kind`, validated by its schema. */
export function readTemplate<K extends TemplateKind>(kind: K, doc: Y.Doc): TemplateContent<K> {
  return templateDocs[kind].read(doc);
}
