import type { z } from 'zod';
import type { Role } from '../roles.js';

/**
 * The declaration of a template: the one place that says what a board of this kind holds and how it
 * is shown. The client renders forms, cards and tables from it (`client/src/boards/fields`), the doc
 * layout is built from it (`doc/declared.ts`), the exports, the version compare and the completeness
 * check read it. A template declared outside the built-in registry (a test fixture) works the same.
 *
 * Strings are referred to by key: a field's label and help are the template texts of its path
 * (`fieldText(language, kind, 'rows.lead')`, falling back to the field's key); interface strings
 * (`item`, `add`, captions) are keys of the boards namespace.
 */

/** How a field is edited. */
export type Widget =
  /** Multi-line free text (a Y.Text). */
  | 'text'
  /** One-line free text (a Y.Text). */
  | 'line'
  /** A web address (a Y.Text). */
  | 'url'
  /** A plain value `YYYY-MM-DD` or `''`. */
  | 'date'
  /** A plain value `HH:MM` or `''`. */
  | 'time'
  /** A plain value from an option table of the template texts. */
  | 'select'
  /** A plain boolean. */
  | 'checkbox'
  /** A set of strings (a Y.Map of `true`): edited by a component of the board's own folder. */
  | 'set'
  /** A plain value edited by a component of the board's own folder (`custom` names it). */
  | 'custom';

/** The option tables of the template texts (`TemplateTexts['options']`). */
export type OptionTable =
  | 'assessment'
  | 'stakeholderKind'
  | 'visitKind'
  | 'agendaItemKind'
  | 'monitoringStatus'
  | 'visitMode'
  | 'governmentLevel'
  | 'feedbackStatus';

/** One field of a board or of a list item. */
export interface FieldDeclaration {
  /** Key in its record; dotted inside a group (`context.aims`). */
  readonly key: string;
  readonly widget: Widget;
  /** Checked by the completeness check: blank counts as missing. */
  readonly required?: boolean;
  /** Visible rows of a multi-line text. */
  readonly rows?: number;
  /** For `select`: the option table its labels come from. */
  readonly options?: OptionTable;
  /** For `custom` and `set`: the name of the component of the board's own folder that edits it. */
  readonly custom?: string;
  /** For plain values: what a missing or malformed value reads as (see doc/record.ts). */
  readonly fallback?: unknown;
  /** Shown as a fact line (`label: value`) in the exports rather than as its own section. */
  readonly fact?: boolean;
  /** For `select`: the help shown is the chosen option's. */
  readonly optionHelp?: boolean;
  /** Not shown by the generic renderer (another field's component edits it). */
  readonly hidden?: boolean;
  /** Not stored: a column of a component of the board's own folder (an action row's links). */
  readonly virtual?: boolean;
  /** A column header from the boards namespace instead of the field's label. */
  readonly header?: string;
  /**
   * What the value names elsewhere, for the exports to show its title: a field of the needs
   * analysis (or a free text), a key factor of a benchmark, a board of the programme.
   */
  readonly refers?: 'need' | 'keyFactor' | 'board';
}

/** Interface strings of a list, as keys of the boards namespace. */
export interface ListStrings {
  /** One item by position: `{{position}}` ("Action 3"). */
  readonly item: string;
  readonly add: string;
  /** A table's caption (`{{count}}` rows, `{{parent}}` the item it is in); default: the list's label, for screen readers only. */
  readonly caption?: string;
  /** A table's help line above it. */
  readonly help?: string;
  /** Shown when the list is empty; default `common.empty`. */
  readonly empty?: string;
  /** Where rows are dragged: "insert below {{item}}". */
  readonly insert?: string;
}

/** A list of items (rows, practices, visits), shown as a table or as cards. */
export interface ListDeclaration {
  /** Key in its owner (the board or the item it is in). */
  readonly key: string;
  readonly display: 'table' | 'cards';
  /** What an item shows, in order: for a table, its columns (fields only). */
  readonly blocks: readonly Block[];
  readonly strings: ListStrings;
  /** The field after the card's label in its heading and in the deleted items ('title', 'name'). */
  readonly titleField: string;
  /** Rows can be dragged by a handle and inserted below one another. */
  readonly drag?: boolean;
  /** An item's label starts with the label of the item the list is in ("Visit 1, session 2"). */
  readonly nestedLabel?: boolean;
  readonly testId?: string;
  /** Extra class of a table (`action-table`). */
  readonly className?: string;
}

/**
 * One block of a section, a group or an item, in order. Keys are relative to the owner (the board,
 * or the list item) and dotted inside groups (`localContext.sensitivities.funding`).
 */
export type Block =
  /** Fields; `box` puts them in a box of that class (`field-grid`: side by side). */
  | { readonly fields: readonly FieldDeclaration[]; readonly box?: 'field-grid' | 'assessment' }
  /** A titled sub-section, labelled by the group's field texts. */
  | { readonly group: string; readonly blocks: readonly Block[] }
  | { readonly list: ListDeclaration }
  /** A component of the board's own folder (network warnings, coverage, example loading). */
  | { readonly part: string };

/** What a section's title and intro say: a field's label and help, keys of the boards namespace, or the template's title. */
export type SectionTitle =
  /** The field's label, and its help as the intro unless `intro` is false. */
  | { readonly field: string; readonly intro?: false }
  | { readonly key: string; readonly intro?: string }
  | { readonly template: true };

export interface SectionDeclaration {
  /** The element id, for the section navigation (`section-challenge`). */
  readonly id: string;
  readonly title: SectionTitle;
  readonly blocks: readonly Block[];
  /** Left out of the section navigation. */
  readonly unlisted?: boolean;
  readonly wide?: boolean;
}

/** How the exports present a board beyond its fields' order. */
export interface ExportPresentation {
  /** The list shown as a table, one row per item (and the one list a spreadsheet export takes). */
  readonly table?: string;
  /**
   * More lists shown as tables in DOCX and PDF only, nested ones too (`visits.agenda`: a timetable
   * per visit); `inLastCell` fields are shown as `label: value` lines in the row's last cell.
   */
  readonly tables?: readonly { readonly list: string; readonly inLastCell?: readonly string[] }[];
  readonly landscape?: boolean;
}

/** A template: its kind, JSON form, sections and presentation. */
export interface TemplateDeclaration<K extends string = string> {
  readonly kind: K;
  /** The JSON form of a board (what `read` returns, what versions store, what the exports read). */
  readonly schema: z.ZodObject;
  /** The sections, in order, and parts of the board's own folder between them. */
  readonly body: readonly (SectionDeclaration | { readonly part: string })[];
  /** Links to the sections above them; `extra` adds sections of the board's own folder. */
  readonly nav?: { readonly extra?: readonly { readonly id: string; readonly key: string }[] };
  readonly export?: ExportPresentation;
  /** Its versions are offered for comparison field by field and row by row (shared/src/compare). */
  readonly compare?: boolean;
  /** A wider board (tables). */
  readonly wide?: boolean;
  /** Parts of the board's own folder shown after the body (the benchmark's coverage). */
  readonly after?: readonly string[];
  /**
   * The roles that may change a board of this kind ("only the roles the guide gives a step may
   * change it"); absent: every role with `editBoards`. Comments stay open to every role with
   * `editBoards`. Enforced on the server's write path (server/src/session/edit-rules.ts) and
   * mirrored in the client (a read-only board for the others); see {@link mayEditKind}.
   */
  readonly editableBy?: readonly Role[];
}

/** Whether `role` may change a board declared by `template` (not counting comments and locks). */
export function mayEditKind(template: TemplateDeclaration, role: Role): boolean {
  return template.editableBy === undefined || template.editableBy.includes(role);
}

/** Shorthands for field declarations. */
export const field = {
  text: (key: string, more: Partial<FieldDeclaration> = {}): FieldDeclaration => ({
    key,
    widget: 'text',
    ...more,
  }),
  url: (key: string): FieldDeclaration => ({ key, widget: 'url' }),
  line: (key: string, more: Partial<FieldDeclaration> = {}): FieldDeclaration => ({
    key,
    widget: 'line',
    ...more,
  }),
} as const;

/** Every key as a multi-line text field. */
export function texts(keys: readonly string[], more: Partial<FieldDeclaration> = {}): FieldDeclaration[] {
  return keys.map((key) => field.text(key, more));
}

/** `keys` prefixed with `prefix.` (`prefixed('roles', ['a'])` is `['roles.a']`). */
export function prefixedKeys(prefix: string, keys: readonly string[]): string[] {
  return keys.map((key) => `${prefix}.${key}`);
}
