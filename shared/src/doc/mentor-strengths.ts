import type * as Y from 'yjs';
import {
  MENTOR_STRENGTHS_KEYS,
  type MentorStrengths,
  MentorStrengthsSchema,
} from '../schema/templates/mentor-strengths.js';
import { boardHandle } from './board.js';
import { LOCAL_CONTEXT_TEXTS, NATIONAL_CONTEXT_TEXTS } from './context.js';
import type { BoardSpec, FieldValues, TextKey } from './layout.js';

/**
 * The mentor strengths profile (annex 3) as a Y.Doc. Every field is free text:
 *
 *   board (Y.Map)                              kind, layoutVersion
 *   text:<key> (Y.Text)                        experienceAreas, transferablePractices, otherActors,
 *                                              localContext.*, nationalContext.* (as the needs analysis)
 *   comments (Y.Array<Y.Map>)                  see comments.ts
 */
export const MENTOR_STRENGTHS_SPEC = {
  kind: 'mentor-strengths',
  texts: [...MENTOR_STRENGTHS_KEYS, ...LOCAL_CONTEXT_TEXTS, ...NATIONAL_CONTEXT_TEXTS],
  scalars: {},
  sets: [],
  lists: {},
} as const satisfies BoardSpec;

export type MentorStrengthsField = TextKey<typeof MENTOR_STRENGTHS_SPEC>;

export const mentorStrengths = boardHandle(MENTOR_STRENGTHS_SPEC, MentorStrengthsSchema);
export type MentorStrengthsInit = FieldValues<typeof MENTOR_STRENGTHS_SPEC>;

/** Initialises a mentor-strengths board once (see board.ts). */
export function createMentorStrengths(doc: Y.Doc, init?: MentorStrengthsInit): boolean {
  return mentorStrengths.create(doc, init);
}

/** The mentor strengths as JSON, validated. */
export function readMentorStrengths(doc: Y.Doc): MentorStrengths {
  return mentorStrengths.read(doc);
}

/** The Y.Text of a field. */
export function mentorStrengthsText(doc: Y.Doc, field: MentorStrengthsField): Y.Text {
  return mentorStrengths.text(doc, field);
}
