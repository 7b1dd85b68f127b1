import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema, ItemIdSchema, textFields } from './common.js';

/** The six columns of annex 6, in order. `resources` is "resources and partners". */
export const ACTION_PLAN_COLUMNS = [
  'actions',
  'results',
  'timeframe',
  'lead',
  'resources',
  'successMeasure',
] as const;
export type ActionPlanColumn = (typeof ACTION_PLAN_COLUMNS)[number];

/**
 * One row of the plan. `needs` holds what the row answers in the needs analysis: a needs-analysis
 * field key (`'challenge'`, `'obstacles'`, `'localContext.sensitivities.funding'`) or a short free
 * text. `keyFactorIds` holds ids of benchmark key factors. Both are sets, sorted.
 */
export const ActionRowSchema = ItemBaseSchema.extend({
  ...textFields(ACTION_PLAN_COLUMNS).shape,
  needs: z.array(z.string().min(1)),
  keyFactorIds: z.array(ItemIdSchema),
});
export type ActionRow = z.infer<typeof ActionRowSchema>;

/** Header fields of annex 6 that are free text (the date is a calendar day). */
export const ACTION_PLAN_HEADER_KEYS = ['title', 'menteeCity', 'mentorCity', 'version'] as const;

/** The JSON form of an action-plan board. */
export const ActionPlanSchema = z.object({
  kind: z.literal('action-plan'),
  title: z.string(),
  menteeCity: z.string(),
  mentorCity: z.string(),
  date: DateSchema,
  version: z.string(),
  rows: z.array(ActionRowSchema),
  comments: CommentsSchema,
});
export type ActionPlan = z.infer<typeof ActionPlanSchema>;
