import type { TemplateDeclaration } from '../../schema/templates/declaration.js';
import { fieldsOfBlocks, listsOf, sectionsOf } from '../../schema/templates/walk.js';

/**
 * The completeness check of any template, from its declaration: every field declared `required`
 * must be filled in, on the board and in each item of its lists (blank text counts as empty). Pure:
 * works on the JSON form.
 */

/** A required field of one item that is empty; `position` counts from 1, as the board shows items. */
export interface MissingCell {
  /** The list's path (`rows`, `visits.agenda`). */
  readonly list: string;
  readonly rowId: string;
  readonly position: number;
  /** The field's key in the item (`successMeasure`). */
  readonly field: string;
}

export interface Completeness {
  /** Required board fields that are empty, by path, in declaration order. */
  readonly emptyFields: readonly string[];
  /** Required item fields that are empty, item by item, fields in declaration order. */
  readonly emptyCells: readonly MissingCell[];
}

type Json = Readonly<Record<string, unknown>>;

function valueAt(record: Json, path: string): unknown {
  let node: unknown = record;
  for (const part of path.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Json)[part] : undefined;
  }
  return node;
}

function isEmpty(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return value === null || value === undefined;
}

const itemsOf = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter((item): item is Json => typeof item === 'object' && item !== null) : [];

/** What is missing in `content`, a board of `template`. */
export function completeness(template: TemplateDeclaration, content: Json): Completeness {
  const own = fieldsOfBlocks(sectionsOf(template).flatMap((section) => section.blocks));
  const emptyFields = own.filter((f) => f.required && isEmpty(valueAt(content, f.key))).map((f) => f.key);
  const emptyCells: MissingCell[] = [];
  // Lists nested in items (`visits.agenda`) are checked in every item of their parent list.
  const visit = (owner: Json, prefix: string, depth: string[]) => {
    for (const { path, list } of listsOf(template)) {
      const parts = path.split('.');
      if (parts.length !== depth.length + 1 || !path.startsWith(prefix)) continue;
      const required = fieldsOfBlocks(list.blocks).filter((f) => f.required && !f.virtual);
      itemsOf(owner[list.key]).forEach((item, index) => {
        for (const field of required) {
          if (isEmpty(valueAt(item, field.key))) {
            emptyCells.push({ list: path, rowId: String(item.id), position: index + 1, field: field.key });
          }
        }
        visit(item, `${path}.`, [...depth, list.key]);
      });
    }
  };
  visit(content, '', []);
  return { emptyFields, emptyCells };
}
