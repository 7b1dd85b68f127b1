import type * as Y from 'yjs';
import { z } from 'zod';
import { DateSchema, TimeSchema } from '../schema/templates/common.js';
import {
  AGENDA_ITEM_KEYS,
  AgendaItemKindSchema,
  AgendaItemSchema,
  VISIT_AGENDA_KEYS,
  VISIT_KEYS,
  type VisitAgenda,
  VisitAgendaSchema,
  VisitKindSchema,
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
 *       title, place, participants, objectives    Y.Text
 *       kind, date, endDate                       plain
 *       agenda (Y.Array<Y.Map>), per agenda item:
 *           title, notes                          Y.Text
 *           kind, date, time, boardId             plain
 *   comments (Y.Array<Y.Map>)     see comments.ts
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

export const VISIT_SPEC = {
  texts: VISIT_KEYS,
  scalars: {
    kind: scalar(VisitKindSchema, 'custom'),
    date: scalar(DateSchema, ''),
    endDate: scalar(DateSchema, ''),
  },
  sets: [],
  lists: { agenda: AGENDA_ITEM_SPEC },
} as const satisfies RecordSpec;

export const VISIT_AGENDA_SPEC = {
  kind: 'visit-agenda',
  texts: VISIT_AGENDA_KEYS,
  scalars: {},
  sets: [],
  lists: { visits: VISIT_SPEC },
} as const satisfies BoardSpec;

export const visitAgenda = boardHandle(VISIT_AGENDA_SPEC, VisitAgendaSchema);

/** Visits: `visits.insert(doc, { by, values: { kind: 'groundwork', agenda: [{ kind: 'recap' }] } })`. */
export const visits = listHandle('visits', VISIT_SPEC, VisitSchema);

/** Agenda items of one visit; the owner is the visit: `agendaItems.insert(visits.item(doc, id)!, …)`. */
export const agendaItems = listHandle('agenda', AGENDA_ITEM_SPEC, AgendaItemSchema);

export type VisitAgendaInit = FieldValues<typeof VISIT_AGENDA_SPEC>;

/** Initialises a visit-agenda board once (see board.ts). */
export function createVisitAgenda(doc: Y.Doc, init?: VisitAgendaInit): boolean {
  return visitAgenda.create(doc, init);
}

/** The visit agenda as JSON, validated. */
export function readVisitAgenda(doc: Y.Doc): VisitAgenda {
  return visitAgenda.read(doc);
}
