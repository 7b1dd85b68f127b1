import { z } from 'zod';
import type { Role } from '../roles.js';
import { CommentsSchema } from './comments.js';
import { ItemBaseSchema, textFields } from './common.js';
import { field, type TemplateDeclaration } from './declaration.js';

/**
 * Feedback to other levels of government (issue 14): the support gaps and multi-level coordination
 * issues found during the mentoring, which the associations take "to the next level" (guide, ch. 4).
 */

export const GOVERNMENT_LEVELS = ['local', 'regional', 'national', 'european'] as const;
export const GovernmentLevelSchema = z.enum(GOVERNMENT_LEVELS);
export type GovernmentLevel = z.infer<typeof GovernmentLevelSchema>;

/** Where an issue stands: noted, taken to its level, answered there, closed. */
export const FEEDBACK_STATUSES = ['open', 'raised', 'answered', 'closed'] as const;
export const FeedbackStatusSchema = z.enum(FEEDBACK_STATUSES);
export type FeedbackStatus = z.infer<typeof FeedbackStatusSchema>;

export const FEEDBACK_ITEM_KEYS = ['what', 'evidence'] as const;

/** One issue for another level of government. */
export const FeedbackItemSchema = ItemBaseSchema.extend({
  ...textFields(FEEDBACK_ITEM_KEYS).shape,
  level: GovernmentLevelSchema,
  status: FeedbackStatusSchema,
});
export type FeedbackItem = z.infer<typeof FeedbackItemSchema>;

/** The JSON form of a feedback board; `notes` says how and where the associations raise the issues. */
export const FeedbackSchema = z.object({
  kind: z.literal('feedback'),
  notes: z.string(),
  items: z.array(FeedbackItemSchema),
  comments: CommentsSchema,
});
export type Feedback = z.infer<typeof FeedbackSchema>;

/** The feedback board as declared for the boards, exports and checks (see declaration.ts). */
/**
 * Who keeps the feedback to other levels of government: the associations, which the guide says
 * collect the support gaps and multi-level issues and take them "to the next level", and the
 * facilitator who sets the list up. Everyone else with editBoards reads and comments (a comment is
 * how a city officer points the associations at an issue).
 */
export const FEEDBACK_EDITORS = [
  'facilitator',
  'association',
  'mentor-association',
] as const satisfies readonly Role[];

export const FEEDBACK_TEMPLATE = {
  kind: 'feedback',
  schema: FeedbackSchema,
  editableBy: FEEDBACK_EDITORS,
  wide: true,
  export: { table: 'items', landscape: true },
  body: [
    {
      id: 'section-feedback-notes',
      title: { template: true },
      blocks: [{ fields: [field.text('notes', { rows: 3 })] }],
    },
    {
      id: 'section-feedback-items',
      title: { field: 'items' },
      wide: true,
      blocks: [
        {
          list: {
            key: 'items',
            display: 'table',
            titleField: 'what',
            testId: 'feedback-table',
            drag: true,
            strings: { item: 'feedback.item', add: 'feedback.add' },
            blocks: [
              {
                fields: [
                  field.text('what', { required: true, rows: 2 }),
                  { key: 'level', widget: 'select', options: 'governmentLevel', fallback: 'national' },
                  field.text('evidence', { rows: 2 }),
                  { key: 'status', widget: 'select', options: 'feedbackStatus', fallback: 'open' },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
} as const satisfies TemplateDeclaration<'feedback'>;
