import type * as Y from 'yjs';
import {
  GOOD_PRACTICE_KEYS,
  GOOD_PRACTICE_SECTIONS,
  type GoodPracticeBoard,
  GoodPracticeBoardSchema,
  GoodPracticeSchema,
} from '../schema/templates/good-practice.js';
import { boardHandle } from './board.js';
import { type BoardSpec, prefixed, type RecordSpec } from './layout.js';
import { listHandle } from './list.js';

/**
 * Good practices (annex 4) as a Y.Doc; a board holds several:
 *
 *   board (Y.Map)                 kind, layoutVersion
 *   list:practices (Y.Array<Y.Map>), per practice (see items.ts for id, proposedBy, order, deleted):
 *       name, origin, leadActors, resources, contact, moreInformation    Y.Text
 *       context.*, description.*, results.*, successFactors.*, risks.*, transferability.*
 *                                                                        Y.Text (dotted keys)
 *   comments (Y.Array<Y.Map>)     see comments.ts
 */
const section = GOOD_PRACTICE_SECTIONS;

export const GOOD_PRACTICE_SPEC = {
  texts: [
    ...GOOD_PRACTICE_KEYS,
    ...prefixed('context', section.context),
    ...prefixed('description', section.description),
    ...prefixed('results', section.results),
    ...prefixed('successFactors', section.successFactors),
    ...prefixed('risks', section.risks),
    ...prefixed('transferability', section.transferability),
  ],
  scalars: {},
  sets: [],
  lists: {},
} as const satisfies RecordSpec;

export const GOOD_PRACTICE_BOARD_SPEC = {
  kind: 'good-practice',
  texts: [],
  scalars: {},
  sets: [],
  lists: { practices: GOOD_PRACTICE_SPEC },
} as const satisfies BoardSpec;

export const goodPracticeBoard = boardHandle(GOOD_PRACTICE_BOARD_SPEC, GoodPracticeBoardSchema);

/** Practices: `goodPractices.insert(doc, { by })`, `goodPractices.text(doc, id, 'results.change')`. */
export const goodPractices = listHandle('practices', GOOD_PRACTICE_SPEC, GoodPracticeSchema);

/** Initialises a good-practice board once (see board.ts). */
export function createGoodPracticeBoard(doc: Y.Doc): boolean {
  return goodPracticeBoard.create(doc);
}

/** The good practices as JSON, validated. */
export function readGoodPracticeBoard(doc: Y.Doc): GoodPracticeBoard {
  return goodPracticeBoard.read(doc);
}
