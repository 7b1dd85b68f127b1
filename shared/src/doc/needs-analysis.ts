import type * as Y from 'yjs';
import {
  NEEDS_ANALYSIS_KEYS,
  type NeedsAnalysis,
  NeedsAnalysisSchema,
} from '../schema/templates/needs-analysis.js';
import { boardHandle } from './board.js';
import { LOCAL_CONTEXT_TEXTS, NATIONAL_CONTEXT_TEXTS } from './context.js';
import type { BoardSpec, FieldValues, TextKey } from './layout.js';

/**
 * The needs analysis (annex 2) as a Y.Doc. Every field is free text:
 *
 *   board (Y.Map)                              kind, layoutVersion
 *   text:<key> (Y.Text)                        challenge … otherBenefits (NEEDS_ANALYSIS_KEYS),
 *                                              localContext.*, localContext.sensitivities.*,
 *                                              nationalContext.*, nationalContext.sensitivities.*
 *   comments (Y.Array<Y.Map>)                  see comments.ts
 */
export const NEEDS_ANALYSIS_SPEC = {
  kind: 'needs-analysis',
  texts: [...NEEDS_ANALYSIS_KEYS, ...LOCAL_CONTEXT_TEXTS, ...NATIONAL_CONTEXT_TEXTS],
  scalars: {},
  sets: [],
  lists: {},
} as const satisfies BoardSpec;

/** A field of the needs analysis, as action rows link to it (`ActionRow.needs`). */
export type NeedsAnalysisField = TextKey<typeof NEEDS_ANALYSIS_SPEC>;
/** Every field of the needs analysis, in form order. */
export const NEEDS_ANALYSIS_FIELDS: readonly NeedsAnalysisField[] = NEEDS_ANALYSIS_SPEC.texts;

export const needsAnalysis = boardHandle(NEEDS_ANALYSIS_SPEC, NeedsAnalysisSchema);
export type NeedsAnalysisInit = FieldValues<typeof NEEDS_ANALYSIS_SPEC>;

/** Initialises a needs-analysis board once (see board.ts); false if the document already is a board. */
export function createNeedsAnalysis(doc: Y.Doc, init?: NeedsAnalysisInit): boolean {
  return needsAnalysis.create(doc, init);
}

/** The needs analysis as JSON, validated. */
export function readNeedsAnalysis(doc: Y.Doc): NeedsAnalysis {
  return needsAnalysis.read(doc);
}

/** The Y.Text of a field, e.g. `needsAnalysisText(doc, 'localContext.population')`. */
export function needsAnalysisText(doc: Y.Doc, field: NeedsAnalysisField): Y.Text {
  return needsAnalysis.text(doc, field);
}
