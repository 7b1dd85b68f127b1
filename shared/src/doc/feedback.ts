import type * as Y from 'yjs';
import {
  FEEDBACK_ITEM_KEYS,
  type Feedback,
  FeedbackItemSchema,
  FeedbackSchema,
  FeedbackStatusSchema,
  GovernmentLevelSchema,
} from '../schema/templates/feedback.js';
import { boardHandle } from './board.js';
import { type BoardSpec, type FieldValues, type RecordSpec, scalar } from './layout.js';
import { listHandle } from './list.js';

/**
 * Feedback to other levels of government as a Y.Doc:
 *
 *   board (Y.Map)                 kind, layoutVersion
 *   text:notes (Y.Text)
 *   list:items (Y.Array<Y.Map>), per issue (see items.ts for id, proposedBy, order, deleted):
 *       what, evidence            Y.Text
 *       level, status             plain
 *   comments (Y.Array<Y.Map>)     see comments.ts
 */
export const FEEDBACK_ITEM_SPEC = {
  texts: FEEDBACK_ITEM_KEYS,
  scalars: {
    level: scalar(GovernmentLevelSchema, 'national'),
    status: scalar(FeedbackStatusSchema, 'open'),
  },
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const FEEDBACK_SPEC = {
  kind: 'feedback',
  texts: ['notes'],
  scalars: {},
  sets: [],
  lists: { items: FEEDBACK_ITEM_SPEC },
} as const satisfies BoardSpec;

export const feedback = boardHandle(FEEDBACK_SPEC, FeedbackSchema);

/** Issues: `feedbackItems.insert(doc, { by, values: { what: '…', level: 'national' } })`. */
export const feedbackItems = listHandle('items', FEEDBACK_ITEM_SPEC, FeedbackItemSchema);

export type FeedbackInit = FieldValues<typeof FEEDBACK_SPEC>;

/** Initialises a feedback board once (see board.ts). */
export function createFeedback(doc: Y.Doc, init?: FeedbackInit): boolean {
  return feedback.create(doc, init);
}

/** The feedback board as JSON, validated. */
export function readFeedback(doc: Y.Doc): Feedback {
  return feedback.read(doc);
}
