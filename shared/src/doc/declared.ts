import type * as Y from 'yjs';
import { z } from 'zod';
import type { TemplateDeclaration } from '../schema/templates/declaration.js';
import { type DeclaredField, declaredFields, fieldAt, schemaAt } from '../schema/templates/walk.js';
import { boardHandle } from './board.js';
import type { BoardSpec, RecordSpec, ScalarSpec } from './layout.js';
import { type ListHandle, listHandle } from './list.js';

/**
 * The Y.Doc layout of any declared template, built from its JSON schema (which fields are text,
 * plain values, sets and lists) and its declaration (what a missing plain value reads as).
 */

const TECHNICAL = new Set(['id', 'proposedBy', 'comments', 'kind']);

function fallbackOf(schema: z.ZodType, declared: DeclaredField | undefined, path: string): unknown {
  if (declared?.field.fallback !== undefined) return declared.field.fallback;
  for (const candidate of ['', false, null]) if (schema.safeParse(candidate).success) return candidate;
  throw new Error(`no fallback for the value ${path}`);
}

function recordLayout(
  schema: z.ZodObject,
  fields: ReadonlyMap<string, DeclaredField>,
  listPath: string,
  top: boolean,
): RecordSpec {
  const out = { texts: [] as string[], scalars: {} as Record<string, ScalarSpec>, sets: [] as string[] };
  const lists: Record<string, RecordSpec> = {};
  const walk = (object: z.ZodObject, prefix: string) => {
    for (const [key, child] of Object.entries(object.shape) as [string, z.ZodType][]) {
      // An item's `kind` is a field (a stakeholder's kind); only the board's is bookkeeping.
      if (TECHNICAL.has(key) && (top || key !== 'kind')) continue;
      const local = `${prefix}${key}`;
      const path = listPath ? `${listPath}.${local}` : local;
      if (child instanceof z.ZodString) out.texts.push(local);
      else if (child instanceof z.ZodObject) walk(child, `${local}.`);
      else if (child instanceof z.ZodArray && child.element instanceof z.ZodObject) {
        lists[local] = recordLayout(child.element, fields, path, false);
      } else if (child instanceof z.ZodArray) out.sets.push(local);
      else out.scalars[local] = { schema: child, fallback: fallbackOf(child, fields.get(path), path) };
    }
  };
  walk(schema, '');
  return { ...out, lists };
}

/** The layout of a declared template's board. */
export function layoutOf(template: TemplateDeclaration): BoardSpec {
  const fields = new Map(declaredFields(template).map((entry) => [entry.path, entry]));
  return { kind: template.kind, ...recordLayout(template.schema, fields, '', true) };
}

/** Layout, create and read of one template (create without initial values). */
export interface TemplateDoc<T = Record<string, unknown>> {
  readonly spec: BoardSpec;
  create(doc: Y.Doc): boolean;
  read(doc: Y.Doc): T;
}

/** Create and read for a declared template, from its layout. */
export function templateDoc(template: TemplateDeclaration): TemplateDoc {
  const handle = boardHandle(layoutOf(template), template.schema);
  return { spec: handle.spec, create: (doc) => handle.create(doc), read: (doc) => handle.read(doc) };
}

/** A list item's JSON form, as the generic code sees it. */
export type DeclaredItem = Record<string, unknown> & { id: string };

const handles = new WeakMap<TemplateDeclaration, Map<string, ListHandle<RecordSpec, DeclaredItem>>>();

/** The handle of the list at `path` (`rows`, `visits.agenda`: its owner is then a visit's Y.Map). */
export function listHandleOf(
  template: TemplateDeclaration,
  path: string,
): ListHandle<RecordSpec, DeclaredItem> {
  const known = handles.get(template) ?? new Map<string, ListHandle<RecordSpec, DeclaredItem>>();
  handles.set(template, known);
  const found = known.get(path);
  if (found) return found;
  let spec: RecordSpec = layoutOf(template);
  for (const part of path.split('.')) {
    const next = spec.lists[part];
    if (!next) throw new Error(`${template.kind} has no list ${path}`);
    spec = next;
  }
  const array = schemaAt(template.schema, path);
  if (!(array instanceof z.ZodArray)) throw new Error(`${template.kind} has no list ${path}`);
  const handle = listHandle(
    path.slice(path.lastIndexOf('.') + 1),
    spec,
    array.element as z.ZodType<DeclaredItem>,
  );
  known.set(path, handle);
  return handle;
}

/** The schema and fallback of the plain value at `path` (`date`, `members.kind`). */
export function scalarOf(template: TemplateDeclaration, path: string): ScalarSpec {
  const schema = schemaAt(template.schema, path);
  if (!schema) throw new Error(`${template.kind} has no value ${path}`);
  const field = fieldAt(template, path);
  return { schema, fallback: fallbackOf(schema, field ? { path, field, list: '' } : undefined, path) };
}
