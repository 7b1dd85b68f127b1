import type * as Y from 'yjs';
import {
  ACTION_PLAN_COLUMNS,
  ACTION_PLAN_HEADER_KEYS,
  type ActionPlan,
  ActionPlanSchema,
  ActionRowSchema,
} from '../schema/templates/action-plan.js';
import { DateSchema } from '../schema/templates/common.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type FieldValues, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * The action plan (annex 6) as a Y.Doc:
 *
 *   board (Y.Map)              kind, layoutVersion, date ('' or YYYY-MM-DD)
 *   text:title, text:menteeCity, text:mentorCity, text:version (Y.Text)
 *   list:rows (Y.Array<Y.Map>) one map per row (see items.ts for id, proposedBy, order, deleted):
 *       actions, results, timeframe, lead, resources, successMeasure   Y.Text, one per column
 *       needs, keyFactorIds                                            Y.Map<true>, string sets
 *   comments (Y.Array<Y.Map>)  see comments.ts
 */
export const ACTION_ROW_SPEC = {
  texts: ACTION_PLAN_COLUMNS,
  scalars: {},
  sets: ['needs', 'keyFactorIds'],
  lists: {},
} as const satisfies RecordSpec;

export const ACTION_PLAN_SPEC = {
  kind: 'action-plan',
  texts: ACTION_PLAN_HEADER_KEYS,
  scalars: { date: scalar(DateSchema, '') },
  sets: [],
  lists: { rows: ACTION_ROW_SPEC },
} as const satisfies BoardSpec;

/** Header fields: `actionPlan.text(doc, 'title')`, `actionPlan.set(doc, 'date', '2025-03-01')`. */
export const actionPlan = boardHandle(ACTION_PLAN_SPEC, ActionPlanSchema);

/**
 * Rows: `actionRows.insert(doc, { by, index })`, `actionRows.text(doc, id, 'lead')`,
 * `actionRows.move(doc, id, 0)`, `actionRows.toggle(doc, id, 'keyFactorIds', factorId, true)`,
 * `actionRows.remove(doc, id, by)`.
 */
export const actionRows = listHandle('rows', ACTION_ROW_SPEC, ActionRowSchema);

export type ActionPlanInit = FieldValues<typeof ACTION_PLAN_SPEC>;

/** Initialises an action-plan board once, e.g. with the programme's title and cities (see board.ts). */
export function createActionPlan(doc: Y.Doc, init?: ActionPlanInit): boolean {
  return actionPlan.create(doc, init);
}

/** The action plan as JSON, validated. */
export function readActionPlan(doc: Y.Doc): ActionPlan {
  return actionPlan.read(doc);
}
