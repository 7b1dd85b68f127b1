import { z } from 'zod';
import type { Role } from '../roles.js';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema, ItemIdSchema } from './common.js';
import { field, type TemplateDeclaration } from './declaration.js';

/** Where an action of the approved plan stands (issue 14). */
export const MONITORING_STATUSES = ['not-started', 'on-track', 'delayed', 'done', 'dropped'] as const;
export const MonitoringStatusSchema = z.enum(MONITORING_STATUSES);
export type MonitoringStatus = z.infer<typeof MonitoringStatusSchema>;

/** A progress note: when, who wrote it, what happened. */
export const MonitoringNoteSchema = ItemBaseSchema.extend({
  date: DateSchema,
  author: z.string(),
  text: z.string(),
});
export type MonitoringNote = z.infer<typeof MonitoringNoteSchema>;

/**
 * One action of the approved plan, followed up. `actionId` is the id of the action-plan row it
 * follows ('' for a row not linked yet); `title` is that action's title when monitoring began (the
 * card's heading; the board shows the approved plan's own wording beside it).
 */
export const MonitoredActionSchema = ItemBaseSchema.extend({
  actionId: z.union([z.literal(''), ItemIdSchema]),
  title: z.string(),
  status: MonitoringStatusSchema,
  valueReached: z.string(),
  nextReview: DateSchema,
  notes: z.array(MonitoringNoteSchema),
});
export type MonitoredAction = z.infer<typeof MonitoredActionSchema>;

/** The JSON form of a monitoring board: one per programme, following the approved plan's actions. */
export const MonitoringSchema = z.object({
  kind: z.literal('monitoring'),
  actions: z.array(MonitoredActionSchema),
  comments: CommentsSchema,
});
export type Monitoring = z.infer<typeof MonitoringSchema>;

/**
 * Who may change the monitoring (statuses, values, notes): the mentee city, which owns and
 * implements its plan, its association, which carries the results "to the next level", and the
 * facilitator. The mentor and the local support network help to monitor (guide, p. 5 and annex 5):
 * they read the monitoring view and comment, as every member with editBoards may.
 */
export const MONITORING_EDITORS = ['facilitator', 'mentee', 'association'] as const satisfies readonly Role[];

/** The monitoring board as declared for the boards, exports and checks (see declaration.ts). */
export const MONITORING_TEMPLATE = {
  kind: 'monitoring',
  schema: MonitoringSchema,
  editableBy: MONITORING_EDITORS,
  wide: true,
  body: [
    { part: 'monitoring-summary' },
    {
      id: 'section-actions',
      title: { field: 'actions' },
      blocks: [
        {
          list: {
            key: 'actions',
            display: 'cards',
            titleField: 'title',
            testId: 'monitored-actions',
            strings: {
              item: 'monitoring.item',
              add: 'monitoring.add',
              empty: 'monitoring.empty',
            },
            blocks: [
              {
                fields: [
                  { key: 'actionId', widget: 'custom', custom: 'monitored-action', fallback: '' },
                  field.line('title', { hidden: true }),
                ],
              },
              {
                box: 'field-grid',
                fields: [
                  {
                    key: 'status',
                    widget: 'select',
                    options: 'monitoringStatus',
                    fallback: 'not-started',
                    fact: true,
                  },
                  field.line('valueReached', { fact: true }),
                  { key: 'nextReview', widget: 'date', fallback: '', fact: true },
                ],
              },
              {
                list: {
                  key: 'notes',
                  display: 'table',
                  titleField: 'text',
                  nestedLabel: true,
                  className: 'notes-table',
                  strings: {
                    item: 'monitoring.note',
                    add: 'monitoring.addNote',
                    caption: 'monitoring.notes',
                  },
                  blocks: [
                    {
                      fields: [
                        { key: 'date', widget: 'date', fallback: '' },
                        field.line('author'),
                        field.text('text', { rows: 2 }),
                      ],
                    },
                  ],
                },
              },
            ],
          },
        },
      ],
    },
  ],
} as const satisfies TemplateDeclaration<'monitoring'>;
