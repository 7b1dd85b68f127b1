import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema, ItemIdSchema, textFields } from './common.js';
import { field, type TemplateDeclaration, texts } from './declaration.js';

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

/** The action plan as declared for the boards, exports and the completeness check (see declaration.ts). */
export const ACTION_PLAN_TEMPLATE = {
  kind: 'action-plan',
  compare: true,
  schema: ActionPlanSchema,
  wide: true,
  export: { table: 'rows', landscape: true },
  body: [
    { part: 'print-open' },
    {
      id: 'section-header',
      title: { key: 'actionPlan.header' },
      blocks: [
        {
          box: 'field-grid',
          fields: [
            field.line('title', { required: true, fact: true }),
            field.line('menteeCity', { required: true, fact: true }),
            field.line('mentorCity', { required: true, fact: true }),
            { key: 'date', widget: 'date', required: true, fallback: '' },
            field.line('version', { required: true, fact: true }),
          ],
        },
      ],
    },
    { part: 'completeness' },
    {
      id: 'section-actions',
      title: { key: 'actionPlan.table' },
      wide: true,
      blocks: [
        {
          list: {
            key: 'rows',
            display: 'table',
            titleField: 'actions',
            drag: true,
            testId: 'action-table',
            className: 'action-table',
            strings: {
              item: 'actionPlan.item',
              add: 'actionPlan.add',
              caption: 'actionPlan.caption',
              help: 'actionPlan.tableHelp',
              empty: 'actionPlan.empty',
              insert: 'actionPlan.insertBelow',
            },
            blocks: [
              {
                fields: [
                  ...texts(ACTION_PLAN_COLUMNS, { required: true }),
                  {
                    key: 'links',
                    widget: 'custom',
                    custom: 'row-links',
                    virtual: true,
                    header: 'actionPlan.links',
                  },
                  { key: 'needs', widget: 'set', hidden: true, refers: 'need' },
                  { key: 'keyFactorIds', widget: 'set', hidden: true, refers: 'keyFactor' },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
} as const satisfies TemplateDeclaration<'action-plan'>;
