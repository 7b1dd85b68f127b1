import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema, TimeSchema } from './common.js';
import { field, type TemplateDeclaration } from './declaration.js';

/** The three visits of the guide (mentee city, mentor city, mentee city again), or another one. */
export const VISIT_KINDS = ['groundwork', 'inspiration', 'consolidation', 'custom'] as const;
export const VisitKindSchema = z.enum(VISIT_KINDS);
export type VisitKind = z.infer<typeof VisitKindSchema>;

/** The elements a visit is made of. */
export const AGENDA_ITEM_KINDS = [
  'recap',
  'interviews',
  'focus-group',
  'good-practice',
  'action-planning',
  'site-visit',
  'presentation',
  'other',
] as const;
export const AgendaItemKindSchema = z.enum(AGENDA_ITEM_KINDS);
export type AgendaItemKind = z.infer<typeof AgendaItemKindSchema>;

export const AGENDA_ITEM_KEYS = ['title', 'notes'] as const;

/** One element of a visit's agenda; `boardId` optionally points at the board worked on. */
export const AgendaItemSchema = ItemBaseSchema.extend({
  date: DateSchema,
  time: TimeSchema,
  kind: AgendaItemKindSchema,
  title: z.string(),
  notes: z.string(),
  boardId: z.string().min(1).nullable(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const VISIT_KEYS = ['title', 'place', 'participants', 'objectives'] as const;

/** A mentoring visit; `place` is the host city (and venue). */
export const VisitSchema = ItemBaseSchema.extend({
  kind: VisitKindSchema,
  title: z.string(),
  date: DateSchema,
  endDate: DateSchema,
  place: z.string(),
  participants: z.string(),
  objectives: z.string(),
  agenda: z.array(AgendaItemSchema),
});
export type Visit = z.infer<typeof VisitSchema>;

export const VISIT_AGENDA_KEYS = ['overview'] as const;

/** The JSON form of a visit-agenda board; `overview` holds the calendar and the online work between visits. */
export const VisitAgendaSchema = z.object({
  kind: z.literal('visit-agenda'),
  overview: z.string(),
  visits: z.array(VisitSchema),
  comments: CommentsSchema,
});
export type VisitAgenda = z.infer<typeof VisitAgendaSchema>;

/** The visit agenda as declared for the boards, exports and checks (see declaration.ts). */
export const VISIT_AGENDA_TEMPLATE = {
  kind: 'visit-agenda',
  schema: VisitAgendaSchema,
  wide: true,
  body: [
    {
      id: 'section-overview',
      title: { field: 'overview', intro: false },
      blocks: [{ fields: [field.text('overview')] }],
    },
    {
      id: 'section-visits',
      title: { field: 'visits' },
      blocks: [
        { part: 'standard-visits' },
        {
          list: {
            key: 'visits',
            display: 'cards',
            titleField: 'title',
            testId: 'visits',
            strings: { item: 'visitAgenda.visit', add: 'visitAgenda.addVisit' },
            blocks: [
              {
                box: 'field-grid',
                fields: [
                  {
                    key: 'kind',
                    widget: 'select',
                    options: 'visitKind',
                    optionHelp: true,
                    fallback: 'custom',
                  },
                  field.line('title'),
                  { key: 'date', widget: 'date', fallback: '' },
                  { key: 'endDate', widget: 'date', fallback: '' },
                ],
              },
              {
                fields: [
                  field.line('place'),
                  field.text('participants', { rows: 2 }),
                  field.text('objectives', { rows: 3 }),
                ],
              },
              {
                list: {
                  key: 'agenda',
                  display: 'table',
                  titleField: 'title',
                  nestedLabel: true,
                  className: 'agenda-table',
                  strings: {
                    item: 'visitAgenda.item',
                    add: 'visitAgenda.addItem',
                    caption: 'visitAgenda.agenda',
                  },
                  blocks: [
                    {
                      fields: [
                        { key: 'date', widget: 'date', fallback: '' },
                        { key: 'time', widget: 'time', fallback: '' },
                        { key: 'kind', widget: 'select', options: 'agendaItemKind', fallback: 'other' },
                        field.text('title'),
                        field.text('notes'),
                        {
                          key: 'boardId',
                          widget: 'custom',
                          custom: 'board-link',
                          fallback: null,
                          refers: 'board',
                        },
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
} as const satisfies TemplateDeclaration<'visit-agenda'>;
