import type { z } from 'zod';
import { ACTION_PLAN_TEMPLATE } from './action-plan.js';
import { BENCHMARK_TEMPLATE } from './benchmark.js';
import type { TemplateDeclaration } from './declaration.js';
import { FEEDBACK_TEMPLATE } from './feedback.js';
import { GOOD_PRACTICE_TEMPLATE } from './good-practice.js';
import type { TemplateKind } from './kinds.js';
import { MENTOR_STRENGTHS_TEMPLATE } from './mentor-strengths.js';
import { MONITORING_TEMPLATE } from './monitoring.js';
import { NEEDS_ANALYSIS_TEMPLATE } from './needs-analysis.js';
import { SCOPE_TEMPLATE } from './scope.js';
import { SUPPORT_NETWORK_TEMPLATE } from './support-network.js';
import { VISIT_AGENDA_TEMPLATE } from './visit-agenda.js';

/**
 * The built-in templates: one declaration each (see declaration.ts), by board kind. Everything
 * that shows, stores, exports, compares or checks a template reads it from here, or takes a
 * declaration as an argument (so a template declared elsewhere, e.g. in a test, works the same).
 */
export const TEMPLATES = {
  'needs-analysis': NEEDS_ANALYSIS_TEMPLATE,
  benchmark: BENCHMARK_TEMPLATE,
  'mentor-strengths': MENTOR_STRENGTHS_TEMPLATE,
  'good-practice': GOOD_PRACTICE_TEMPLATE,
  'support-network': SUPPORT_NETWORK_TEMPLATE,
  'action-plan': ACTION_PLAN_TEMPLATE,
  'visit-agenda': VISIT_AGENDA_TEMPLATE,
  monitoring: MONITORING_TEMPLATE,
  scope: SCOPE_TEMPLATE,
  feedback: FEEDBACK_TEMPLATE,
} as const satisfies { readonly [K in TemplateKind]: TemplateDeclaration<K> };

/** The declaration of a built-in template. */
export function templateOf(kind: TemplateKind): TemplateDeclaration {
  return TEMPLATES[kind];
}

/** The schema of each template's JSON form, by board kind. */
export const templateSchemas = Object.fromEntries(
  Object.values(TEMPLATES).map((template) => [template.kind, template.schema]),
) as { readonly [K in TemplateKind]: (typeof TEMPLATES)[K]['schema'] };

/** The JSON form of the template `K`. */
export type TemplateContent<K extends TemplateKind> = z.infer<(typeof TEMPLATES)[K]['schema']>;
