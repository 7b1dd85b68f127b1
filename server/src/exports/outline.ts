import { formatDate } from '@mentoring/shared/i18n/format';
import type { Language, Programme } from '@mentoring/shared/schema/programme';
import type { TemplateDeclaration } from '@mentoring/shared/schema/templates/declaration';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import { fieldAt } from '@mentoring/shared/schema/templates/walk';
import { z } from 'zod';
import { commentBlocks } from './outline-comments.js';
import { asItems, asRecord, fieldsOf, isItemList, type Json, listTable } from './outline-table.js';
import {
  declarationOf,
  formatValue,
  labelOf,
  type References,
  templateTitle,
  type ValueContext,
} from './outline-values.js';
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
  /** When it was exported, a line in the language: "Exported on 3 March 2026". */
  readonly exported?: string;
  readonly language: Programme['language'];
  readonly landscape: boolean;
  readonly blocks: readonly OutlineBlock[];
}

/** What to export: the programme, the board and its JSON form. */
export interface OutlineSource {
  readonly programme: Pick<Programme, 'title' | 'menteeCity' | 'mentorCity' | 'language'>;
  /** `template`: a declaration outside the built-in registry (default: the one of `kind`). */
  readonly board: { readonly title: string; readonly kind: string; readonly template?: TemplateDeclaration };
  readonly content: Readonly<Record<string, unknown>>;
  readonly references: References;
  /** The language of the labels, dates and document (default: the programme's working language). */
  readonly language?: Language;
  /** When the file is made (ISO); shown as the export date, a calendar day in UTC. */
  readonly exportedAt?: string;
}

/** The declaration of a board: its own, or the built-in one of its kind. */
export function templateOfBoard(board: OutlineSource['board']): TemplateDeclaration {
  if (board.template) return board.template;
  if (!Object.hasOwn(TEMPLATES, board.kind)) throw new Error(`no template ${board.kind}`);
  return TEMPLATES[board.kind as TemplateKind];
}

/**
 * How the exports show the list at `path` as a table: the declaration's `table`, or one of its
 * `tables` (with the fields it puts under the last cell); undefined for a list shown item by item.
 */
function tableOf(presentation: TemplateDeclaration['export'], path: string): readonly string[] | undefined {
  if (presentation?.table === path) return [];
  const found = presentation?.tables?.find((entry) => entry.list === path);
  return found ? (found.inLastCell ?? []) : undefined;
}

class OutlineBuilder {
  readonly blocks: OutlineBlock[] = [];
  private facts: Fact[] = [];

  constructor(private readonly context: ValueContext) {}

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
      } else if (
        child instanceof z.ZodString &&
        !(prefix === '' && fieldAt(declarationOf(this.context), path)?.fact)
      ) {
        this.push({ type: 'heading', level, text: label });
        this.push({ type: 'text', text: typeof value[key] === 'string' && value[key] ? value[key] : empty });
      } else this.fact(label, formatValue(this.context, path, value[key]));
    }
    this.flush();
  }

  list(schema: z.ZodObject, path: string, value: unknown, level: number): void {
    const items = asItems(value);
    if (items.length === 0) this.push({ type: 'text', text: EXPORT_STRINGS[this.context.language].empty });
    else if (tableOf(declarationOf(this.context).export, path)) {
      const inLastCell = tableOf(declarationOf(this.context).export, path);
      this.push({ type: 'table', ...listTable(this.context, path, items, 'notes', inLastCell) });
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
  const language = source.language ?? programme.language;
  const template = templateOfBoard(board);
  const context: ValueContext = { kind: board.kind, template, language, references: source.references };
  const schema = template.schema;
  const strings = EXPORT_STRINGS[language];
  const builder = new OutlineBuilder(context);
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
    subtitle: templateTitle(language, board.kind),
    // The server does not know the reader's time zone: the day is the UTC one, written as a day.
    ...(source.exportedAt
      ? { exported: strings.exportedOn(formatDate(language, source.exportedAt.slice(0, 10))) }
      : {}),
    language,
    landscape: template.export?.landscape ?? false,
    blocks: builder.blocks,
  };
}
