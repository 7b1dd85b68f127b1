import { actionPlan, actionRows, createActionPlan } from '@mentoring/shared/doc/action-plan';
import { keyFactors } from '@mentoring/shared/doc/benchmark';
import { loadLanguageLearningBenchmark } from '@mentoring/shared/doc/examples/benchmark-language-learning';
import { addStandardVisits } from '@mentoring/shared/doc/examples/standard-visits';
import { createNeedsAnalysis } from '@mentoring/shared/doc/needs-analysis';
import { createSupportNetwork, networkMembers } from '@mentoring/shared/doc/support-network';
import { EMPTY_SETTINGS } from '@mentoring/shared/journey/settings';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { BoardIdSchema, DocIdSchema } from '@mentoring/shared/schema/ids';
import type { Language } from '@mentoring/shared/schema/programme';
import * as Y from 'yjs';
import { newId } from '../auth/ids.js';
import type { PreparedBoard, PreparedImport } from '../exports/import.js';
import { type ExampleTexts, exampleTexts, FOCUS_FACTORS } from './language-learning-content.js';

/** How the guide's assessment reads for each key factor of the example, by position. */
const ASSESSMENTS = ['partly', 'gap', 'gap', 'gap', 'strength'] as const;

/**
 * The example programme "Jelgava learns from Schaerbeek" in `language`, ready to be written like an
 * import (exports/import.ts `writeImport`): a needs analysis, the language-learning benchmark with
 * its focus, the local support network, a first action plan linked to the focused factors, and the
 * guide's three visits. Built with the shared doc helpers, so the boards are what the client edits.
 */
export function buildExample(language: Language, now: string): PreparedImport {
  const texts = exampleTexts(language);
  const { menteeCity, mentorCity } = texts.programme;
  const board = (kind: BoardKind, title: string, fill: (doc: Y.Doc) => void): PreparedBoard => {
    const doc = new Y.Doc();
    try {
      fill(doc);
      const id = BoardIdSchema.parse(newId());
      const record = { id, kind, title, createdAt: now, docId: DocIdSchema.parse(newId()) };
      return { board: record, state: Y.encodeStateAsUpdate(doc), versions: [] };
    } finally {
      doc.destroy();
    }
  };
  let focused: string[] = [];
  const boards = [
    board('needs-analysis', texts.boardTitles.needs, (doc) => createNeedsAnalysis(doc, texts.needs)),
    board('benchmark', texts.boardTitles.benchmark, (doc) => {
      loadLanguageLearningBenchmark(doc, language, null);
      focused = fillAssessment(doc);
    }),
    board('support-network', texts.boardTitles.network, (doc) => fillNetwork(doc, texts)),
    board('action-plan', texts.boardTitles.plan, (doc) => fillPlan(doc, texts, focused, now)),
    board('visit-agenda', texts.boardTitles.visits, (doc) =>
      addStandardVisits(doc, { language, menteeCity, mentorCity, by: null }),
    ),
  ];
  return {
    draft: { ...texts.programme, language },
    facilitatorName: texts.facilitatorName,
    boards,
    journey: EMPTY_SETTINGS,
  };
}

/** Assesses the key factors and marks the focus; returns the focused factors' ids. */
function fillAssessment(doc: Y.Doc): string[] {
  const ids = keyFactors.ids(doc);
  ids.forEach((id, at) => {
    const assessment = ASSESSMENTS[at];
    if (assessment) keyFactors.set(doc, id, 'assessment', assessment);
  });
  const focused = FOCUS_FACTORS.map((at) => ids[at]).filter((id): id is string => id !== undefined);
  for (const id of focused) keyFactors.set(doc, id, 'focus', true);
  return focused;
}

function fillNetwork(doc: Y.Doc, texts: ExampleTexts): void {
  createSupportNetwork(doc, { purpose: texts.network.purpose });
  for (const values of texts.network.members) networkMembers.insert(doc, { by: null, values });
}

function fillPlan(doc: Y.Doc, texts: ExampleTexts, focused: readonly string[], now: string): void {
  const { title, menteeCity, mentorCity } = texts.programme;
  createActionPlan(doc, { title, menteeCity, mentorCity, version: texts.plan.version });
  actionPlan.set(doc, 'date', now.slice(0, 10));
  for (const { focusFactor, ...columns } of texts.plan.rows) {
    const factor = focused[focusFactor];
    const values = { ...columns, needs: ['challenge'], keyFactorIds: factor ? [factor] : [] };
    actionRows.insert(doc, { by: null, values });
  }
}
