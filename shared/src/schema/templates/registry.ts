import type { z } from 'zod';
import { ActionPlanSchema } from './action-plan.js';
import { BenchmarkSchema } from './benchmark.js';
import { GoodPracticeBoardSchema } from './good-practice.js';
import type { TemplateKind } from './kinds.js';
import { MentorStrengthsSchema } from './mentor-strengths.js';
import { NeedsAnalysisSchema } from './needs-analysis.js';
import { SupportNetworkSchema } from './support-network.js';
import { VisitAgendaSchema } from './visit-agenda.js';

/** The schema of each template's JSON form, by board kind. */
export const templateSchemas = {
  'needs-analysis': NeedsAnalysisSchema,
  benchmark: BenchmarkSchema,
  'mentor-strengths': MentorStrengthsSchema,
  'good-practice': GoodPracticeBoardSchema,
  'support-network': SupportNetworkSchema,
  'action-plan': ActionPlanSchema,
  'visit-agenda': VisitAgendaSchema,
} as const satisfies Record<TemplateKind, z.ZodType>;

/** The JSON form of the template `K`. */
export type TemplateContent<K extends TemplateKind> = z.infer<(typeof templateSchemas)[K]>;
