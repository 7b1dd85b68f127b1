import { z } from 'zod';
import type {
  Block,
  FieldDeclaration,
  ListDeclaration,
  SectionDeclaration,
  TemplateDeclaration,
} from './declaration.js';

/**
 * Reading a template declaration: its sections, fields and lists by path. Paths are dotted from
 * the board, through lists (`rows.lead`, `visits.agenda.time`), as the template texts key them.
 */

/** A declared field with its path from the board (`rows.lead`) and the list it is in, if any. */
export interface DeclaredField {
  readonly path: string;
  readonly field: FieldDeclaration;
  /** The path of the list whose items hold it (`rows`), or '' for a board field. */
  readonly list: string;
}

/** The sections of a template's body, without the parts between them. */
export function sectionsOf(template: TemplateDeclaration): SectionDeclaration[] {
  return template.body.filter((entry): entry is SectionDeclaration => 'id' in entry);
}

function blocksOf(template: TemplateDeclaration): Block[] {
  return sectionsOf(template).flatMap((section) => section.blocks);
}

/** The fields of blocks (groups included, lists not), in order, with their keys. */
export function fieldsOfBlocks(blocks: readonly Block[]): FieldDeclaration[] {
  return blocks.flatMap((block) => {
    if ('fields' in block) return [...block.fields];
    if ('group' in block) return fieldsOfBlocks(block.blocks);
    return [];
  });
}

/** The lists of blocks (groups included, lists' own lists not). */
export function listsOfBlocks(blocks: readonly Block[]): ListDeclaration[] {
  return blocks.flatMap((block) => {
    if ('list' in block) return [block.list];
    if ('group' in block) return listsOfBlocks(block.blocks);
    return [];
  });
}

/** Every list of a template with its path (`visits`, `visits.agenda`). */
export function listsOf(template: TemplateDeclaration): { path: string; list: ListDeclaration }[] {
  const out: { path: string; list: ListDeclaration }[] = [];
  const visit = (blocks: readonly Block[], prefix: string) => {
    for (const list of listsOfBlocks(blocks)) {
      const path = `${prefix}${list.key}`;
      out.push({ path, list });
      visit(list.blocks, `${path}.`);
    }
  };
  visit(blocksOf(template), '');
  return out;
}

/** The list at `path`, if the template has one there. */
export function listAt(template: TemplateDeclaration, path: string): ListDeclaration | undefined {
  return listsOf(template).find((entry) => entry.path === path)?.list;
}

/** Every declared field, board fields then each list's, with paths. */
export function declaredFields(template: TemplateDeclaration): DeclaredField[] {
  const own = fieldsOfBlocks(blocksOf(template)).map((field) => ({ path: field.key, field, list: '' }));
  const items = listsOf(template).flatMap(({ path, list }) =>
    fieldsOfBlocks(list.blocks).map((field) => ({ path: `${path}.${field.key}`, field, list: path })),
  );
  return [...own, ...items];
}

/** The declared field at `path`, if any. */
export function fieldAt(template: TemplateDeclaration, path: string): FieldDeclaration | undefined {
  let byPath = fieldIndex.get(template);
  if (!byPath) {
    byPath = new Map(declaredFields(template).map((entry) => [entry.path, entry.field]));
    fieldIndex.set(template, byPath);
  }
  return byPath.get(path);
}

// Declarations are immutable: their fields are indexed once.
const fieldIndex = new WeakMap<TemplateDeclaration, Map<string, FieldDeclaration>>();

/** The columns a table shows: its fields, hidden ones left out. */
export function columnsOf(list: ListDeclaration): FieldDeclaration[] {
  return fieldsOfBlocks(list.blocks).filter((field) => !field.hidden);
}

/** The zod schema of the value at `path` of a JSON form (list items' fields through their arrays). */
export function schemaAt(schema: z.ZodObject, path: string): z.ZodType | undefined {
  let node: z.ZodType | undefined = schema;
  for (const part of path.split('.')) {
    if (node instanceof z.ZodArray && node.element instanceof z.ZodObject) node = node.element;
    node = node instanceof z.ZodObject ? (node.shape[part] as z.ZodType | undefined) : undefined;
  }
  return node;
}

/** A key for a block, unique among its siblings (e.g. for React lists). */
export function blockKey(block: Block): string {
  if ('fields' in block) return `fields:${block.fields.map((field) => field.key).join(',')}`;
  if ('group' in block) return `group:${block.group}`;
  if ('list' in block) return `list:${block.list.key}`;
  return `part:${block.part}`;
}
