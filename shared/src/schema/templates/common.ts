import { z } from 'zod';

/** The id of a list item or comment: random base64url, stable for the item's whole life. */
export const ItemIdSchema = z.string().min(1).max(64);

/**
 * A person as recorded in a board: who proposed an item, wrote a comment or deleted a row. Copied
 * into the document (not only referenced) so the record of who proposed what outlives the member.
 */
export const PersonRefSchema = z.object({
  memberId: z.string().min(1),
  name: z.string(),
  organisation: z.string().optional(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** Fields of every list item. `proposedBy` is null only when unknown (an item from an older client). */
export const ItemBaseSchema = z.object({
  id: ItemIdSchema,
  proposedBy: PersonRefSchema.nullable(),
});

/** Who deleted an item and when; deleted items stay in the document until purged (see doc/list.ts). */
export const DeletionSchema = z.object({ by: PersonRefSchema, at: z.iso.datetime() });
export type Deletion = z.infer<typeof DeletionSchema>;

/** A calendar day `YYYY-MM-DD`, or `''` when not set. */
export const DateSchema = z.union([z.literal(''), z.iso.date()]);

/** A time of day `HH:MM` (or `HH:MM:SS`), or `''` when not set. */
export const TimeSchema = z.union([z.literal(''), z.iso.time()]);

/**
 * A zod object with one free-text field per key, in the order given. The doc layouts use the same
 * key tuples; doc/layout.test.ts checks that every layout has exactly its schema's fields.
 */
export function textFields<const K extends string>(
  keys: readonly K[],
): z.ZodObject<{ [P in K]: z.ZodString }> {
  const shape = Object.fromEntries(keys.map((key) => [key, z.string()]));
  return z.object(shape) as z.ZodObject<{ [P in K]: z.ZodString }>;
}
