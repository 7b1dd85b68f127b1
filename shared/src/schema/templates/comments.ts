import { z } from 'zod';
import { ItemIdSchema, PersonRefSchema } from './common.js';

/**
 * What a comment is about. Both absent: the board as a whole. `field` alone: a board field, by its
 * key in the JSON form (`'challenge'`, `'localContext.population'`). `itemId` alone: a whole row or
 * item; with `field`: one of that item's fields (`'successMeasure'`).
 */
export const CommentTargetSchema = z.object({
  itemId: ItemIdSchema.optional(),
  field: z.string().min(1).optional(),
});
export type CommentTarget = z.infer<typeof CommentTargetSchema>;

/** A comment or a reply, the same model on every board: a question from the mentor, an answer... */
export const CommentSchema = z.object({
  id: ItemIdSchema,
  target: CommentTargetSchema,
  author: PersonRefSchema,
  text: z.string(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().optional(),
  /** The comment this one answers; threads are one level deep in the UI but any depth is valid. */
  replyTo: ItemIdSchema.optional(),
  /** Set when someone marked the thread as settled. */
  resolved: z.object({ by: PersonRefSchema, at: z.iso.datetime() }).optional(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const CommentsSchema = z.array(CommentSchema);
