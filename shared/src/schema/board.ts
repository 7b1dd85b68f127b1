import { z } from 'zod';
import { BoardIdSchema, DocIdSchema, ProgrammeIdSchema, TimestampSchema } from './ids.js';
import { TEMPLATE_KINDS } from './templates/kinds.js';

/** The kinds of board a programme can hold: the free canvas and the templates (templates/kinds.ts). */
export const BoardKindSchema = z.enum(['canvas', ...TEMPLATE_KINDS]);
export type BoardKind = z.infer<typeof BoardKindSchema>;

export const BoardTitleSchema = z.string().trim().min(1, 'required').max(120, 'at most 120 characters');

/** A board of a programme; its content lives in the Y.Doc `docId`. */
export const BoardSchema = z.object({
  id: BoardIdSchema,
  programmeId: ProgrammeIdSchema,
  kind: BoardKindSchema,
  title: BoardTitleSchema,
  docId: DocIdSchema,
  createdAt: TimestampSchema,
  /** Set while the board is in the trash (facilitators may restore it until it is purged). */
  deletedAt: TimestampSchema.optional(),
});
export type Board = z.infer<typeof BoardSchema>;
