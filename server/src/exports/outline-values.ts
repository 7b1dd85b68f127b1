import { fieldText, TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Language } from '@mentoring/shared/schema/programme';
import { AssessmentSchema } from '@mentoring/shared/schema/templates/benchmark';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { StakeholderKindSchema } from '@mentoring/shared/schema/templates/support-network';
import { AgendaItemKindSchema, VisitKindSchema } from '@mentoring/shared/schema/templates/visit-agenda';
import { z } from 'zod';
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
  readonly kind: TemplateKind;
  readonly language: Language;
  readonly references: References;
}

type OptionTable = keyof (typeof TEMPLATE_TEXTS)['en']['options'];

// By schema identity: the same value ('other') means different things in different enums.
const OPTION_TABLES = new Map<z.ZodType, OptionTable>([
  [AssessmentSchema, 'assessment'],
  [StakeholderKindSchema, 'stakeholderKind'],
  [VisitKindSchema, 'visitKind'],
  [AgendaItemKindSchema, 'agendaItemKind'],
]);

/** How the entries of a set or a link are shown, by `kind:path`. */
const REFERENCE_FIELDS: Readonly<Record<string, (entry: string, context: ValueContext) => string>> = {
  // A row answers a needs-analysis field (by key) or a free-text need.
  'action-plan:rows.needs': (entry, { language }) =>
    fieldText(language, 'needs-analysis', entry)?.label ?? entry,
  'action-plan:rows.keyFactorIds': (entry, { references }) => references.keyFactorTitles.get(entry) ?? entry,
  'visit-agenda:visits.agenda.boardId': (entry, { references }) => references.boardTitles.get(entry) ?? entry,
};

/** The label of a field in the programme's language (the key itself if a label is missing). */
export function labelOf(context: ValueContext, path: string): string {
  return fieldText(context.language, context.kind, path)?.label ?? path.slice(path.lastIndexOf('.') + 1);
}

/** The title of a board kind in the programme's language. */
export function templateTitle(language: Language, kind: TemplateKind): string {
  return TEMPLATE_TEXTS[language].titles[kind].label;
}

function optionLabel(context: ValueContext, schema: z.ZodType, value: string): string {
  const table = OPTION_TABLES.get(schema);
  if (!table) return value;
  const options: Readonly<Record<string, { label: string }>> =
    TEMPLATE_TEXTS[context.language].options[table];
  return Object.hasOwn(options, value) ? (options[value]?.label ?? value) : value;
}

/** A plain value, a set or a link as words; `''` when empty. */
export function formatValue(context: ValueContext, path: string, schema: z.ZodType, value: unknown): string {
  const strings = EXPORT_STRINGS[context.language];
  const reference = REFERENCE_FIELDS[`${context.kind}:${path}`];
  const element = schema instanceof z.ZodArray ? (schema.element as z.ZodType) : schema;
  const word = (entry: unknown): string => {
    if (typeof entry !== 'string') return entry === null || entry === undefined ? '' : JSON.stringify(entry);
    if (entry === '') return '';
    return reference ? reference(entry, context) : optionLabel(context, element, entry);
  };
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(word).filter(Boolean).join('; ');
  return word(value);
}
