import type * as Y from 'yjs';
import type { TemplateKind } from '../schema/templates/kinds.js';
import type { TemplateContent } from '../schema/templates/registry.js';
import { ACTION_PLAN_SPEC, createActionPlan, readActionPlan } from './action-plan.js';
import { BENCHMARK_SPEC, createBenchmark, readBenchmark } from './benchmark.js';
import { createGoodPracticeBoard, GOOD_PRACTICE_BOARD_SPEC, readGoodPracticeBoard } from './good-practice.js';
import type { BoardSpec } from './layout.js';
import { createMentorStrengths, MENTOR_STRENGTHS_SPEC, readMentorStrengths } from './mentor-strengths.js';
import { createNeedsAnalysis, NEEDS_ANALYSIS_SPEC, readNeedsAnalysis } from './needs-analysis.js';
import { createSupportNetwork, readSupportNetwork, SUPPORT_NETWORK_SPEC } from './support-network.js';
import { createVisitAgenda, readVisitAgenda, VISIT_AGENDA_SPEC } from './visit-agenda.js';

/** Layout, create and read of one template (create without template-specific initial values). */
export interface TemplateDoc<K extends TemplateKind> {
  readonly spec: BoardSpec;
  create(doc: Y.Doc): boolean;
  read(doc: Y.Doc): TemplateContent<K>;
}

/** Create and read for every template kind, e.g. for the server's export. */
export const templateDocs: { readonly [K in TemplateKind]: TemplateDoc<K> } = {
  'needs-analysis': { spec: NEEDS_ANALYSIS_SPEC, create: createNeedsAnalysis, read: readNeedsAnalysis },
  benchmark: { spec: BENCHMARK_SPEC, create: createBenchmark, read: readBenchmark },
  'mentor-strengths': {
    spec: MENTOR_STRENGTHS_SPEC,
    create: createMentorStrengths,
    read: readMentorStrengths,
  },
  'good-practice': {
    spec: GOOD_PRACTICE_BOARD_SPEC,
    create: createGoodPracticeBoard,
    read: readGoodPracticeBoard,
  },
  'support-network': { spec: SUPPORT_NETWORK_SPEC, create: createSupportNetwork, read: readSupportNetwork },
  'action-plan': { spec: ACTION_PLAN_SPEC, create: createActionPlan, read: readActionPlan },
  'visit-agenda': { spec: VISIT_AGENDA_SPEC, create: createVisitAgenda, read: readVisitAgenda },
};

/** The JSON form of a board of kind `kind`, validated by its schema. */
export function readTemplate<K extends TemplateKind>(kind: K, doc: Y.Doc): TemplateContent<K> {
  return templateDocs[kind].read(doc);
}
