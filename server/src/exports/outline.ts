import type { Programme } from '@mentoring/shared/schema/programme';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { templateSchemas } from '@mentoring/shared/schema/templates/registry';
import { z } from 'zod';
import { commentBlocks } from './outline-comments.js';
import { formatValue, labelOf, type References, templateTitle, type ValueContext } from './outline-values.js';
import { EXPORT_STRINGS } from './strings.js';

/**
 * A neutral document outline of a board: title, headings, label/value facts, text and tables. Built
 * once from any template's JSON form, its zod schema (for the order and kind of each field) and the
 * shared field labels; rendered to DOCX and to PDF by their own small modules. So there is one
 * exporter for every template rather than one per template and format.
 */

export interface Fact {
  readonly label: string;
  readonly value: string;
}

export type OutlineBlock =
  /** Level 2 for the board's own sections, deeper inside them (the title is level 1). */
  | { readonly type: 'heading'; readonly level: number; readonly text: string }
  /** Free text; line breaks separate paragraphs. */
  | { readonly type: 'text'; readonly text: string }
  /** Short `label: value` lines. */
  | { readonly type: 'facts'; readonly facts: readonly Fact[] }
  /** A table with one header row; a cell's line breaks separate paragraphs. */
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

export interface Outline {
  /** The board's title. */
  readonly title: string;
  /** What the board is, e.g. "Action plan". */
  readonly subtitle: string;
  readonly language: Programme['language'];
  readonly landscape: boolean;
  readonly blocks: readonly OutlineBlock[];
}

/** What to export: the programme, the board and its JSON form. */
export interface OutlineSource {
  readonly programme: Pick<Programme, 'title' | 'menteeCity' | 'mentorCity' | 'language'>;
  readonly board: { readonly title: string; readonly kind: TemplateKind };
  readonly content: Readonly<Record<string, unknown>>;
  readonly references: References;
}

/** How a template is laid out beyond its schema: its header fields, its tables, the page. */
interface Presentation {
  /** Top-level text fields shown as short facts (the annex-6 header) rather than as sections. */
  readonly facts?: readonly string[];
  /** Lists shown as a table, one row per item. */
  readonly table?: string;
  readonly landscape?: boolean;
}

// A table list's items must not hold lists of their own: tables leave nested lists out.
const PRESENTATION: { readonly [K in TemplateKind]?: Presentation } = {
  'action-plan': { facts: ['title', 'menteeCity', 'mentorCity', 'version'], table: 'rows', landscape: true },
  'support-network': { table: 'members' },
};

/** The list a spreadsheet export of `kind` takes (its one table), if any. */
export function tableListOf(kind: TemplateKind): string | undefined {
  return PRESENTATION[kind]?.table;
}

/** Keys that are bookkeeping, not something a person filled in (`kind` only at the top: the board kind). */
const TECHNICAL = new Set(['id', 'proposedBy', 'comments']);

type Json = Readonly<Record<string, unknown>>;
const asRecord = (value: unknown): Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
const asItems = (value: unknown): Json[] => (Array.isArray(value) ? value.map(asRecord) : []);
/** The schema of a template's JSON form. */
export const schemaOf = (kind: TemplateKind): z.ZodObject => templateSchemas[kind];
const fieldsOf = (schema: z.ZodObject, top = false) =>
  Object.entries(schema.shape).filter(([key]) => !TECHNICAL.has(key) && !(top && key === 'kind'));
const isItemList = (schema: unknown): schema is z.ZodArray<z.ZodObject> =>
  schema instanceof z.ZodArray && schema.element instanceof z.ZodObject;

/**
 * The rows of a list as a table: a column per field, in form order; nested lists are left out. Sets
 * (a row's needs, its key factors) become columns too, or, with `sets: 'notes'`, lines added to the
 * first cell, to keep the annex's six columns.
 */
export function listTable(context: ValueContext, path: string, items: unknown, sets: 'columns' | 'notes') {
  const schema = schemaOf(context.kind).shape[path];
  if (!isItemList(schema)) throw new Error(`${context.kind} has no list ${path}`);
  const fields = fieldsOf(schema.element).filter(([, child]) => !isItemList(child));
  const isSet = (child: unknown) => sets === 'notes' && child instanceof z.ZodArray;
  const columns = fields
    .filter(([, child]) => !isSet(child))
    .map(([key]) => labelOf(context, `${path}.${key}`));
  const rows = asItems(items).map((item) => {
    const cells: string[] = [];
    const notes: string[] = [];
    for (const [key, child] of fields) {
      const value = formatValue(context, `${path}.${key}`, child as z.ZodType, item[key]);
      if (!isSet(child)) cells.push(value);
      else if (value) notes.push(`${labelOf(context, `${path}.${key}`)}: ${value}`);
    }
    if (notes.length > 0) cells[0] = [cells[0] ?? '', ...notes].filter(Boolean).join('\n');
    return cells;
  });
  return { columns, rows };
}

class OutlineBuilder {
  readonly blocks: OutlineBlock[] = [];
  private facts: Fact[] = [];

  constructor(
    private readonly context: ValueContext,
    private readonly presentation: Presentation,
  ) {}

  fact(label: string, value: string): void {
    this.facts.push({ label, value: value || EXPORT_STRINGS[this.context.language].empty });
  }

  push(block: OutlineBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  flush(): void {
    if (this.facts.length > 0) this.blocks.push({ type: 'facts', facts: this.facts });
    this.facts = [];
  }

  record(schema: z.ZodObject, value: Json, prefix: string, level: number): void {
    const empty = EXPORT_STRINGS[this.context.language].empty;
    for (const [key, child] of fieldsOf(schema, prefix === '')) {
      const path = `${prefix}${key}`;
      const label = labelOf(this.context, path);
      if (child instanceof z.ZodObject) {
        this.push({ type: 'heading', level, text: label });
        this.record(child, asRecord(value[key]), `${path}.`, level + 1);
      } else if (isItemList(child)) {
        this.push({ type: 'heading', level, text: label });
        this.list(child.element, path, value[key], level + 1);
      } else if (child instanceof z.ZodString && !(prefix === '' && this.presentation.facts?.includes(key))) {
        this.push({ type: 'heading', level, text: label });
        this.push({ type: 'text', text: typeof value[key] === 'string' && value[key] ? value[key] : empty });
      } else this.fact(label, formatValue(this.context, path, child as z.ZodType, value[key]));
    }
    this.flush();
  }

  list(schema: z.ZodObject, path: string, value: unknown, level: number): void {
    const items = asItems(value);
    if (items.length === 0) this.push({ type: 'text', text: EXPORT_STRINGS[this.context.language].empty });
    else if (this.presentation.table === path) {
      this.push({ type: 'table', ...listTable(this.context, path, items, 'notes') });
    } else {
      items.forEach((item, index) => {
        const name = [item.name, item.title].find(
          (v): v is string => typeof v === 'string' && v.trim() !== '',
        );
        this.push({ type: 'heading', level, text: name ? `${index + 1}. ${name}` : `${index + 1}.` });
        this.record(schema, item, `${path}.`, level + 1);
      });
    }
  }
}

/** The outline of a board of any template kind. */
export function buildOutline(source: OutlineSource): Outline {
  const { programme, board, content } = source;
  const context: ValueContext = {
    kind: board.kind,
    language: programme.language,
    references: source.references,
  };
  const presentation = PRESENTATION[board.kind] ?? {};
  const schema = schemaOf(board.kind);
  const strings = EXPORT_STRINGS[programme.language];
  const builder = new OutlineBuilder(context, presentation);
  builder.fact(strings.programme, programme.title);
  // The annex-6 header names its own cities (the programme's when left empty); other templates
  // show the programme's.
  const header: Record<string, unknown> = { ...content };
  for (const key of ['menteeCity', 'mentorCity'] as const) {
    if (!(key in schema.shape)) builder.fact(strings[key], programme[key]);
    else if (!content[key]) header[key] = programme[key];
  }
  builder.record(schema, header, '', 2);
  for (const block of commentBlocks(context, schema, content, 2)) builder.push(block);
  return {
    title: board.title,
    subtitle: templateTitle(programme.language, board.kind),
    language: programme.language,
    landscape: presentation.landscape ?? false,
    blocks: builder.blocks,
  };
}
