import { describe, expect, it } from 'vitest';
import { templateFields } from '../schema/templates/fields.js';
import { TEMPLATES } from '../schema/templates/registry.js';
import { declaredFields } from '../schema/templates/walk.js';
import { ACTION_PLAN_SPEC } from './action-plan.js';
import { BENCHMARK_SPEC } from './benchmark.js';
import { layoutOf } from './declared.js';
import { FEEDBACK_SPEC } from './feedback.js';
import { GOOD_PRACTICE_BOARD_SPEC } from './good-practice.js';
import type { RecordSpec } from './layout.js';
import { MENTOR_STRENGTHS_SPEC } from './mentor-strengths.js';
import { MONITORING_SPEC } from './monitoring.js';
import { NEEDS_ANALYSIS_SPEC } from './needs-analysis.js';
import { SCOPE_SPEC } from './scope.js';
import { SUPPORT_NETWORK_SPEC } from './support-network.js';
import { VISIT_AGENDA_SPEC } from './visit-agenda.js';

const TYPED = {
  'needs-analysis': NEEDS_ANALYSIS_SPEC,
  benchmark: BENCHMARK_SPEC,
  'mentor-strengths': MENTOR_STRENGTHS_SPEC,
  'good-practice': GOOD_PRACTICE_BOARD_SPEC,
  'support-network': SUPPORT_NETWORK_SPEC,
  'action-plan': ACTION_PLAN_SPEC,
  'visit-agenda': VISIT_AGENDA_SPEC,
  monitoring: MONITORING_SPEC,
  scope: SCOPE_SPEC,
  feedback: FEEDBACK_SPEC,
} as const;

// Comparable form of a layout: sorted keys, scalars as their fallbacks.
function shape(spec: RecordSpec): unknown {
  return {
    texts: [...spec.texts].sort(),
    sets: [...spec.sets].sort(),
    scalars: Object.fromEntries(
      Object.entries(spec.scalars)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, scalar]) => [key, scalar.fallback]),
    ),
    lists: Object.fromEntries(Object.entries(spec.lists).map(([key, list]) => [key, shape(list)])),
  };
}

describe('template declarations', () => {
  it.each(Object.values(TEMPLATES))('build the typed layout of $kind', (template) => {
    expect(shape(layoutOf(template))).toEqual(shape(TYPED[template.kind]));
  });

  it.each(Object.values(TEMPLATES))('declare every field of the $kind schema', (template) => {
    const declared = new Set(declaredFields(template).map((entry) => entry.path));
    const filled = templateFields(template.schema).filter((f) => f.type !== 'group' && f.type !== 'list');
    expect(filled.map((f) => f.path).filter((path) => !declared.has(path))).toEqual([]);
  });
});
