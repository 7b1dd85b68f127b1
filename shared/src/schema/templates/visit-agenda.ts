import { z } from 'zod';
import { CommentsSchema } from './comments.js';
import { DateSchema, ItemBaseSchema, TimeSchema } from './common.js';
import { field, type ListDeclaration, type TemplateDeclaration } from './declaration.js';

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

/** How a visit takes place (the guide's adaptations allow virtual visits). */
export const VISIT_MODES = ['in-person', 'virtual'] as const;
export const VisitModeSchema = z.enum(VISIT_MODES);
export type VisitMode = z.infer<typeof VisitModeSchema>;

export const NEXT_STEP_KEYS = ['what', 'who'] as const;

/** A next step agreed during a visit or a meeting: what, who, by when, and whether it is done. */
export const NextStepSchema = ItemBaseSchema.extend({
  what: z.string(),
  who: z.string(),
  due: DateSchema,
  done: z.boolean(),
});
export type NextStep = z.infer<typeof NextStepSchema>;

export const VISIT_KEYS = [
  'title',
  'place',
  'link',
  'participants',
  'objectives',
  'toMeet',
  'questions',
  'outcomes',
  'recap',
] as const;

/**
 * A mentoring visit as a record (issue 14): before it, where (`place`: the host city and venue, or
 * `link` when virtual), who attends (`participants`), the agenda, who to meet and the clarifying
 * questions; after it, the outcomes, the agreed next steps and the recap given by the mentee city
 * and its association. Key order is the order of the exports.
 */
export const VisitSchema = ItemBaseSchema.extend({
  kind: VisitKindSchema,
  title: z.string(),
  mode: VisitModeSchema,
  date: DateSchema,
  endDate: DateSchema,
  place: z.string(),
  link: z.string(),
  participants: z.string(),
  objectives: z.string(),
  toMeet: z.string(),
  questions: z.string(),
  agenda: z.array(AgendaItemSchema),
  outcomes: z.string(),
  nextSteps: z.array(NextStepSchema),
  recap: z.string(),
});
export type Visit = z.infer<typeof VisitSchema>;

export const MEETING_KEYS = ['title', 'link', 'notes'] as const;

/** A meeting between visits (usually online): when, where to join, notes and next steps. */
export const MeetingSchema = ItemBaseSchema.extend({
  title: z.string(),
  date: DateSchema,
  time: TimeSchema,
  link: z.string(),
  notes: z.string(),
  nextSteps: z.array(NextStepSchema),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const VISIT_AGENDA_KEYS = ['overview'] as const;

/** The JSON form of a visit-agenda board; `overview` holds the calendar and the online work between visits. */
export const VisitAgendaSchema = z.object({
  kind: z.literal('visit-agenda'),
  overview: z.string(),
  visits: z.array(VisitSchema),
  meetings: z.array(MeetingSchema),
  comments: CommentsSchema,
});
export type VisitAgenda = z.infer<typeof VisitAgendaSchema>;

/** Next steps as a table inside a visit's or a meeting's card. */
const nextStepsList = {
  key: 'nextSteps',
  display: 'table',
  titleField: 'what',
  nestedLabel: true,
  className: 'next-steps-table',
  strings: {
    item: 'visitRecords.nextStep',
    add: 'visitRecords.addNextStep',
    caption: 'visitRecords.nextSteps',
  },
  blocks: [
    {
      fields: [
        field.line('what'),
        field.line('who'),
        { key: 'due', widget: 'date', fallback: '' },
        { key: 'done', widget: 'checkbox', fallback: false },
      ],
    },
  ],
} as const satisfies ListDeclaration;

/** The visit agenda as declared for the boards, exports and checks (see declaration.ts). */
export const VISIT_AGENDA_TEMPLATE = {
  kind: 'visit-agenda',
  schema: VisitAgendaSchema,
  wide: true,
  // The agenda reads as a timetable per visit, next steps as a table (issue 17 item 11).
  export: {
    tables: [
      { list: 'visits.agenda', inLastCell: ['boardId'] },
      { list: 'visits.nextSteps' },
      { list: 'meetings.nextSteps' },
    ],
  },
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
                  { key: 'mode', widget: 'select', options: 'visitMode', fallback: 'in-person' },
                  { key: 'date', widget: 'date', fallback: '' },
                  { key: 'endDate', widget: 'date', fallback: '' },
                ],
              },
              {
                fields: [
                  field.line('place'),
                  field.url('link'),
                  field.text('participants', { rows: 2 }),
                  field.text('objectives', { rows: 3 }),
                  field.text('toMeet', { rows: 2 }),
                  field.text('questions', { rows: 3 }),
                ],
              },
              { part: 'visit-calendar' },
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
              { fields: [field.text('outcomes', { rows: 4 })] },
              { list: nextStepsList },
              { fields: [field.text('recap', { rows: 3 })] },
            ],
          },
        },
      ],
    },
    {
      id: 'section-meetings',
      title: { field: 'meetings' },
      blocks: [
        {
          list: {
            key: 'meetings',
            display: 'cards',
            titleField: 'title',
            testId: 'meetings',
            strings: { item: 'visitRecords.meeting', add: 'visitRecords.addMeeting' },
            blocks: [
              {
                box: 'field-grid',
                fields: [
                  field.line('title'),
                  { key: 'date', widget: 'date', fallback: '' },
                  { key: 'time', widget: 'time', fallback: '' },
                ],
              },
              { fields: [field.url('link'), field.text('notes', { rows: 3 })] },
              { part: 'meeting-calendar' },
              { list: nextStepsList },
            ],
          },
        },
      ],
    },
  ],
} as const satisfies TemplateDeclaration<'visit-agenda'>;
