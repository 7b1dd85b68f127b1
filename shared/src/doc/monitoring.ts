import type * as Y from 'yjs';
import { z } from 'zod';
import { DateSchema, ItemIdSchema } from '../schema/templates/common.js';
import {
  MonitoredActionSchema,
  type Monitoring,
  MonitoringNoteSchema,
  MonitoringSchema,
  MonitoringStatusSchema,
} from '../schema/templates/monitoring.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * The implementation monitoring (issue 14) as a Y.Doc:
 *
 *   board (Y.Map)                 kind, layoutVersion
 *   list:actions (Y.Array<Y.Map>), per action followed (see items.ts for id, proposedBy, order, deleted):
 *       title, valueReached                      Y.Text
 *       actionId (action-plan row id or ''), status, nextReview     plain
 *       notes (Y.Array<Y.Map>), per note:
 *           author, text                         Y.Text
 *           date                                 plain
 *   comments (Y.Array<Y.Map>)     see comments.ts
 */
export const MONITORING_NOTE_SPEC = {
  texts: ['author', 'text'],
  scalars: { date: scalar(DateSchema, '') },
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const MONITORED_ACTION_SPEC = {
  texts: ['title', 'valueReached'],
  scalars: {
    actionId: scalar(z.union([z.literal(''), ItemIdSchema]), ''),
    status: scalar(MonitoringStatusSchema, 'not-started'),
    nextReview: scalar(DateSchema, ''),
  },
  sets: [],
  lists: { notes: MONITORING_NOTE_SPEC },
} as const satisfies RecordSpec;

export const MONITORING_SPEC = {
  kind: 'monitoring',
  texts: [],
  scalars: {},
  sets: [],
  lists: { actions: MONITORED_ACTION_SPEC },
} as const satisfies BoardSpec;

export const monitoring = boardHandle(MONITORING_SPEC, MonitoringSchema);

/** Actions followed: `monitoredActions.insert(doc, { by, values: { actionId, title: 'Buddy project' } })`. */
export const monitoredActions = listHandle('actions', MONITORED_ACTION_SPEC, MonitoredActionSchema);

/** Progress notes of one action; the owner is the action: `monitoringNotes.insert(monitoredActions.item(doc, id)!, …)`. */
export const monitoringNotes = listHandle('notes', MONITORING_NOTE_SPEC, MonitoringNoteSchema);

/** Initialises a monitoring board once (see board.ts). */
export function createMonitoring(doc: Y.Doc): boolean {
  return monitoring.create(doc);
}

/** The monitoring as JSON, validated. */
export function readMonitoring(doc: Y.Doc): Monitoring {
  return monitoring.read(doc);
}
