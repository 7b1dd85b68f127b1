import type { ActionPlan } from '../../schema/templates/action-plan.js';
import { ASSESSMENTS, type Assessment, type Benchmark } from '../../schema/templates/benchmark.js';

/** One key factor in the coverage view. */
export interface KeyFactorCoverage {
  readonly keyFactorId: string;
  /** 1-based, as the benchmark numbers its key factors. */
  readonly position: number;
  readonly title: string;
  readonly assessment: Assessment;
  readonly focus: boolean;
  /** Rows of the action plan(s) that link to this key factor. */
  readonly rowIds: readonly string[];
  readonly actionCount: number;
}

/** The coverage view: per key factor its assessment and the actions that address it. */
export interface BenchmarkCoverage {
  readonly keyFactors: readonly KeyFactorCoverage[];
  readonly byAssessment: Readonly<Record<Assessment, number>>;
  /** Key factors marked as focus that no action addresses yet. */
  readonly focusWithoutActions: readonly string[];
  /** Key factor ids that rows link to but the benchmark no longer has (deleted factors). */
  readonly unknownLinks: readonly string[];
}

/** Pure: computes the coverage of `benchmark` by the rows of `plans` (usually one plan). */
export function benchmarkCoverage(benchmark: Benchmark, plans: readonly ActionPlan[]): BenchmarkCoverage {
  const rowsByFactor = new Map<string, string[]>();
  for (const plan of plans) {
    for (const row of plan.rows) {
      for (const factorId of row.keyFactorIds)
        rowsByFactor.set(factorId, [...(rowsByFactor.get(factorId) ?? []), row.id]);
    }
  }
  const keyFactors = benchmark.keyFactors.map((factor, index) => {
    const rowIds = rowsByFactor.get(factor.id) ?? [];
    return {
      keyFactorId: factor.id,
      position: index + 1,
      title: factor.title,
      assessment: factor.assessment,
      focus: factor.focus,
      rowIds,
      actionCount: rowIds.length,
    };
  });
  const byAssessment = Object.fromEntries(ASSESSMENTS.map((assessment) => [assessment, 0])) as Record<
    Assessment,
    number
  >;
  for (const factor of keyFactors) byAssessment[factor.assessment] += 1;
  const known = new Set(keyFactors.map((factor) => factor.keyFactorId));
  return {
    keyFactors,
    byAssessment,
    focusWithoutActions: keyFactors.filter((f) => f.focus && f.actionCount === 0).map((f) => f.keyFactorId),
    unknownLinks: [...rowsByFactor.keys()].filter((id) => !known.has(id)).sort(),
  };
}
