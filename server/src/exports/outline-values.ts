import { formatDate, formatNumber, formatTime } from '@mentoring/shared/i18n/format';
import { fieldText, TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Language } from '@mentoring/shared/schema/programme';
import type { FieldDeclaration, TemplateDeclaration } from '@mentoring/shared/schema/templates/declaration';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { TEMPLATES } from '@mentoring/shared/schema/templates/registry';
import { fieldAt } from '@mentoring/shared/schema/templates/walk';
import { EXPORT_STRINGS } from './strings.js';

/** Titles of what a board's fields point at elsewhere in the programme. */
export interface References {
  /** Board id → board title (agenda items link the board worked on). */
  readonly boardTitles: ReadonlyMap<string, string>;
  /** Benchmark key factor id → its title (action rows link the factors they work on). */
  readonly keyFactorTitles: ReadonlyMap<string, string>;
}

/** For a board exported on its own, whose links are shown as stored. */
export const NO_REFERENCES: References = { boardTitles: new Map(), keyFactorTitles: new Map() };

/** What turning a template's JSON into words needs. */
export interface ValueContext {
  readonly kind: string;
  /** The template's declaration (option tables, references, presentation); default: the built-in one of `kind`. */
  readonly template?: TemplateDeclaration;
  readonly language: Language;
  readonly references: References;
  /**
   * Dates, times and numbers as stored (`2026-03-05`, `14:30`, `1234.5`) rather than in the
   * language's words: the CSV sets it, so that a spreadsheet reads and sorts them as values.
   */
  readonly plainValues?: boolean;
}

/** How the entries of a field that names something elsewhere are shown (see `FieldDeclaration.refers`). */
const REFERENCES: {
  readonly [R in NonNullable<FieldDeclaration['refers']>]: (entry: string, context: ValueContext) => string;
} = {
  // A row answers a needs-analysis field (by key) or a free-text need.
  need: (entry, { language }) => fieldText(language, 'needs-analysis', entry)?.label ?? entry,
  keyFactor: (entry, { references }) => references.keyFactorTitles.get(entry) ?? entry,
  board: (entry, { references }) => references.boardTitles.get(entry) ?? entry,
};

const isBuiltIn = (kind: string): kind is TemplateKind => Object.hasOwn(TEMPLATE_TEXTS.en.titles, kind);

/** The declaration a context reads: its own, or the built-in one of its kind. */
export function declarationOf(context: ValueContext): TemplateDeclaration {
  if (context.template) return context.template;
  if (!isBuiltIn(context.kind)) throw new Error(`no template ${context.kind}`);
  return TEMPLATES[context.kind];
}

/** The label of a field in the export language (the key itself if a label is missing). */
export function labelOf(context: ValueContext, path: string): string {
  const text = isBuiltIn(context.kind) ? fieldText(context.language, context.kind, path) : undefined;
  return text?.label ?? path.slice(path.lastIndexOf('.') + 1);
}

/** The title of a board kind in the export language. */
export function templateTitle(language: Language, kind: string): string {
  return isBuiltIn(kind) ? TEMPLATE_TEXTS[language].titles[kind].label : kind;
}

function optionLabel(context: ValueContext, field: FieldDeclaration | undefined, value: string): string {
  const table = field?.options;
  if (!table) return value;
  const options: Readonly<Record<string, { label: string }>> =
    TEMPLATE_TEXTS[context.language].options[table];
  return Object.hasOwn(options, value) ? (options[value]?.label ?? value) : value;
}

/** A plain value, a set or a link as words; `''` when empty. */
export function formatValue(context: ValueContext, path: string, value: unknown): string {
  const strings = EXPORT_STRINGS[context.language];
  const field = fieldAt(declarationOf(context), path);
  const reference = field?.refers ? REFERENCES[field.refers] : undefined;
  const word = (entry: unknown): string => {
    if (typeof entry !== 'string') return entry === null || entry === undefined ? '' : JSON.stringify(entry);
    if (entry === '') return '';
    return reference ? reference(entry, context) : optionLabel(context, field, entry);
  };
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (typeof value === 'number')
    return context.plainValues ? String(value) : formatNumber(context.language, value);
  if (typeof value === 'string' && value !== '' && !context.plainValues) {
    if (field?.widget === 'date') return formatDate(context.language, value, 'medium');
    if (field?.widget === 'time') return formatTime(context.language, value);
  }
  if (Array.isArray(value)) return value.map(word).filter(Boolean).join('; ');
  return word(value);
}
