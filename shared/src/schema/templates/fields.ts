import { z } from 'zod';

/** How a field of a template is edited. */
export type FieldType = 'text' | 'value' | 'set' | 'list' | 'group';

/** A field of a template's JSON form, by dotted path (list item fields as `rows.actions`). */
export interface FieldInfo {
  readonly path: string;
  readonly type: FieldType;
}

/** Keys that are bookkeeping rather than something a person fills in (`kind` only at the top). */
const TECHNICAL = new Set(['comments', 'id', 'proposedBy']);

function typeOf(schema: z.ZodType): FieldType {
  if (schema instanceof z.ZodString) return 'text';
  if (schema instanceof z.ZodObject) return 'group';
  if (schema instanceof z.ZodArray) return schema.element instanceof z.ZodObject ? 'list' : 'set';
  return 'value';
}

/**
 * Every field a person fills in, in form order: groups (`localContext`), lists (`rows`), and their
 * fields (`localContext.population`, `rows.actions`). For labels, forms and consistency checks.
 */
export function templateFields(schema: z.ZodObject, prefix = ''): FieldInfo[] {
  const fields: FieldInfo[] = [];
  for (const [key, child] of Object.entries(schema.shape)) {
    if (TECHNICAL.has(key) || (key === 'kind' && prefix === '')) continue;
    const path = `${prefix}${key}`;
    const type = typeOf(child);
    fields.push({ path, type });
    if (child instanceof z.ZodObject) fields.push(...templateFields(child, `${path}.`));
    if (child instanceof z.ZodArray && child.element instanceof z.ZodObject) {
      fields.push(...templateFields(child.element, `${path}.`));
    }
  }
  return fields;
}
