import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema } from './common.js';
import { field, type TemplateDeclaration } from './declaration.js';

/**
 * A template declared outside the built-in registry, for tests: the proof that a field and a list
 * column added to a declaration reach the board, the exports, the compare and the completeness
 * check with no other code touched. Its new field is `pilotBudget`, its new column `steps.owner`.
 * It has no template texts: labels fall back to the keys.
 */
export const PilotSchema = z.object({
  kind: z.literal('pilot'),
  goal: z.string(),
  pilotBudget: z.string(),
  start: DateSchema,
  steps: z.array(ItemBaseSchema.extend({ task: z.string(), owner: z.string(), done: z.boolean() })),
  comments: CommentsSchema,
});

export const PILOT_TEMPLATE: TemplateDeclaration<'pilot'> = {
  kind: 'pilot',
  schema: PilotSchema,
  compare: true,
  export: { table: 'steps' },
  body: [
    {
      id: 'section-pilot',
      title: { field: 'goal' },
      blocks: [
        {
          fields: [
            field.text('goal', { required: true }),
            field.text('pilotBudget', { required: true }),
            { key: 'start', widget: 'date', fallback: '' },
          ],
        },
        {
          list: {
            key: 'steps',
            display: 'table',
            titleField: 'task',
            testId: 'steps-table',
            strings: { item: 'actionPlan.item', add: 'actionPlan.add' },
            blocks: [
              {
                fields: [
                  field.text('task', { required: true }),
                  field.line('owner', { required: true }),
                  { key: 'done', widget: 'checkbox', fallback: false },
                ],
              },
            ],
          },
        },
      ],
    },
  ],
};
