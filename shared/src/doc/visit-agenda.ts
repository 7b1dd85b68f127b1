import type * as Y from 'yjs';
import { z } from 'zod';
import { DateSchema, TimeSchema } from '../schema/templates/common.js';
import {
  AGENDA_ITEM_KEYS,
  AgendaItemKindSchema,
  AgendaItemSchema,
  MEETING_KEYS,
  MeetingSchema,
  NEXT_STEP_KEYS,
  NextStepSchema,
  VISIT_AGENDA_KEYS,
  VISIT_KEYS,
  type VisitAgenda,
  VisitAgendaSchema,
  VisitKindSchema,
  VisitModeSchema,
  VisitSchema,
} from '../schema/templates/visit-agenda.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type FieldValues, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * The visit agenda as a Y.Doc:
 *
 *   board (Y.Map)                 kind, layoutVersion
 *   text:overview (Y.Text)
 *   list:visits (Y.Array<Y.Map>), per visit (see items.ts for id, proposedBy, order, deleted):
 *       title, place, link, participants,         Y.Text
 *       objectives, toMeet, questions,
 *       outcomes, recap
 *       kind, mode, date, endDate                 plain
 *       agenda (Y.Array<Y.Map>), per agenda item:
 *           title, notes                          Y.Text
 *           kind, date, time, boardId             plain
 *       nextSteps (Y.Array<Y.Map>), per step:
 *           what, who                             Y.Text
 *           due, done                             plain
 *   list:meetings (Y.Array<Y.Map>), per meeting:
 *       title, link, notes                        Y.Text
 *       date, time                                plain
 *       nextSteps                                 as a visit's
 *   comments (Y.Array<Y.Map>)     see comments.ts
 *
 * Visits written before issue 14 lack mode, link, toMeet, questions, outcomes, recap and nextSteps,
 * and boards of that time lack `list:meetings`: they read as 'in-person', '' and empty lists (the
 * fallbacks below), and the first edit creates what is missing (see the README's rule 2).
 */
export const AGENDA_ITEM_SPEC = {
  texts: AGENDA_ITEM_KEYS,
  scalars: {
    kind: scalar(AgendaItemKindSchema, 'other'),
    date: scalar(DateSchema, ''),
    time: scalar(TimeSchema, ''),
    boardId: scalar(z.string().min(1).nullable(), null),
  },
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const NEXT_STEP_SPEC = {
  texts: NEXT_STEP_KEYS,
  scalars: { due: scalar(DateSchema, ''), done: scalar(z.boolean(), false) },
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const VISIT_SPEC = {
  texts: VISIT_KEYS,
  scalars: {
    kind: scalar(VisitKindSchema, 'custom'),
    mode: scalar(VisitModeSchema, 'in-person'),
    date: scalar(DateSchema, ''),
    endDate: scalar(DateSchema, ''),
  },
  sets: [],
  lists: { agenda: AGENDA_ITEM_SPEC, nextSteps: NEXT_STEP_SPEC },
} as const satisfies RecordSpec;

export const MEETING_SPEC = {
  texts: MEETING_KEYS,
  scalars: { date: scalar(DateSchema, ''), time: scalar(TimeSchema, '') },
  sets: [],
  lists: { nextSteps: NEXT_STEP_SPEC },
} as const satisfies RecordSpec;

export const VISIT_AGENDA_SPEC = {
  kind: 'visit-agenda',
  texts: VISIT_AGENDA_KEYS,
  scalars: {},
  sets: [],
  lists: { visits: VISIT_SPEC, meetings: MEETING_SPEC },
} as const satisfies BoardSpec;

export const visitAgenda = boardHandle(VISIT_AGENDA_SPEC, VisitAgendaSchema);

/** Visits: `visits.insert(doc, { by, values: { kind: 'groundwork', agenda: [{ kind: 'recap' }] } })`. */
export const visits = listHandle('visits', VISIT_SPEC, VisitSchema);

/** Agenda items of one visit; the owner is the visit: `agendaItems.insert(visits.item(doc, id)!, …)`. */
export const agendaItems = listHandle('agenda', AGENDA_ITEM_SPEC, AgendaItemSchema);

/** Meetings between visits: `meetings.insert(doc, { by, values: { title: 'Online check-in', date } })`. */
export const meetings = listHandle('meetings', MEETING_SPEC, MeetingSchema);

/** Next steps of one visit or meeting (the owner): `nextSteps.insert(visits.item(doc, id)!, …)`. */
export const nextSteps = listHandle('nextSteps', NEXT_STEP_SPEC, NextStepSchema);

export type VisitAgendaInit = FieldValues<typeof VISIT_AGENDA_SPEC>;

/** Initialises a visit-agenda board once (see board.ts). */
export function createVisitAgenda(doc: Y.Doc, init?: VisitAgendaInit): boolean {
  return visitAgenda.create(doc, init);
}

/** The visit agenda as JSON, validated. */
export function readVisitAgenda(doc: Y.Doc): VisitAgenda {
  return visitAgenda.read(doc);
}
