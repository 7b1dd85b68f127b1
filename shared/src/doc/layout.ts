import type { z } from 'zod';

/**
 * Layout descriptions: which fields of a board or list item are Y.Text, plain values, string sets or
 * nested lists. The generic code in record.ts, list.ts and board.ts reads and writes any template
 * from its description, so the templates hold no copy of that code.
 */

/** A plain value stored as is (last writer wins); absent or invalid values read as `fallback`. */
export interface ScalarSpec<T extends z.ZodType = z.ZodType> {
  readonly schema: T;
  readonly fallback: z.output<T>;
}

/** Builds a {@link ScalarSpec} with the fallback type-checked against the schema. */
export function scalar<T extends z.ZodType>(schema: T, fallback: z.output<T>): ScalarSpec<T> {
  return { schema, fallback };
}

/** The fields of a board or of a list item. Keys may be dotted: `'context.aims'` is `context.aims` in JSON. */
export interface RecordSpec {
  /** Free text: a Y.Text each, merging character by character. */
  readonly texts: readonly string[];
  readonly scalars: Readonly<Record<string, ScalarSpec>>;
  /** Sets of strings (a Y.Map of `true`): concurrent additions all survive; an add beats a concurrent remove. */
  readonly sets: readonly string[];
  /** Lists of items (a Y.Array of Y.Map), each with its own layout. */
  readonly lists: Readonly<Record<string, RecordSpec>>;
}

/** The layout of a whole board. */
export interface BoardSpec extends RecordSpec {
  readonly kind: string;
}

export type TextKey<S extends RecordSpec> = S['texts'][number];
export type ScalarKey<S extends RecordSpec> = Extract<keyof S['scalars'], string>;
export type ScalarValue<S extends RecordSpec, K extends ScalarKey<S>> = z.output<S['scalars'][K]['schema']>;
export type SetKey<S extends RecordSpec> = S['sets'][number];
export type ListKey<S extends RecordSpec> = Extract<keyof S['lists'], string>;

/** Initial or new values of a record's own fields, by key. */
export type FieldValues<S extends RecordSpec> = { readonly [K in TextKey<S>]?: string } & {
  readonly [K in ScalarKey<S>]?: ScalarValue<S, K>;
} & { readonly [K in SetKey<S>]?: readonly string[] };

/** Values of an item to insert, nested lists included (their items get the same proposer). */
export type ItemValues<S extends RecordSpec> = FieldValues<S> & {
  readonly [K in ListKey<S>]?: readonly ItemValues<S['lists'][K]>[];
};

/** `keys` prefixed with `prefix.`, typed: `prefixed('roles', ['a'])` is `['roles.a']`. */
export function prefixed<const P extends string, const K extends string>(
  prefix: P,
  keys: readonly K[],
): readonly `${P}.${K}`[] {
  return keys.map((key) => `${prefix}.${key}` as const);
}
