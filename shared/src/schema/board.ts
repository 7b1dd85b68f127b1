import { z } from 'zod';
import { BoardIdSchema, DocIdSchema, ProgrammeIdSchema, TimestampSchema } from './ids.js';

/** The kinds of board a programme can hold; the template issue defines each one's content. */
export const BoardKindSchema = z.enum([
  'canvas',
  'needs-analysis',
  'benchmark',
  'mentor-strengths',
  'good-practice',
  'support-network',
  'action-plan',
  'visit-agenda',
]);
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
});
export type Board = z.infer<typeof BoardSchema>;
