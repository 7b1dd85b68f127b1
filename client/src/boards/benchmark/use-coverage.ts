import { readActionPlan } from '@mentoring/shared/doc/action-plan';
import { readBenchmark } from '@mentoring/shared/doc/benchmark';
import { type BenchmarkCoverage, benchmarkCoverage } from '@mentoring/shared/doc/checks/benchmark-coverage';
import type { ActionPlan } from '@mentoring/shared/schema/templates/action-plan';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useScope } from '../fields/board-scope';
import { useLinkedBoards } from '../fields/use-linked-boards';
import { useDocSnapshot, useDocsSnapshot } from '../fields/use-y';

/** Only what the coverage needs of a plan: its rows' ids and key-factor links. */
const readLinks = (doc: Y.Doc): ActionPlan => {
  const plan = readActionPlan(doc);
  return {
    ...plan,
    rows: plan.rows.map((row) => ({
      ...row,
      actions: '',
      results: '',
      timeframe: '',
      lead: '',
      resources: '',
      successMeasure: '',
    })),
  };
};
const sameLinks = (a: readonly (ActionPlan | null)[], b: readonly (ActionPlan | null)[]) =>
  a.length === b.length &&
  a.every((plan, index) => {
    const other = b[index];
    if (!plan || !other) return plan === other;
    return (
      JSON.stringify(plan.rows.map((row) => [row.id, row.keyFactorIds])) ===
      JSON.stringify(other.rows.map((row) => [row.id, row.keyFactorIds]))
    );
  });

/** What the coverage view shows, live: this benchmark against every action plan of the programme. */
export interface CoverageState {
  readonly coverage: BenchmarkCoverage | null;
  /** False when the programme has no action-plan board. */
  readonly hasPlan: boolean;
  /** True while the programme or a plan is still opening. */
  readonly loading: boolean;
}

/** Follows this benchmark and the programme's action plans (opened read-only). */
export function useCoverage(): CoverageState {
  const { doc } = useScope();
  const benchmark = useDocSnapshot(doc, readBenchmark, { delayMs: 300 });
  const { boards, loading } = useLinkedBoards('action-plan');
  const plans = useDocsSnapshot(
    boards.map((linked) => linked.doc),
    readLinks,
    sameLinks,
  );
  return useMemo(() => {
    const open = plans.filter((plan): plan is ActionPlan => plan !== null);
    return {
      coverage: benchmark ? benchmarkCoverage(benchmark, open) : null,
      hasPlan: boards.length > 0,
      loading: loading || open.length < boards.length,
    };
  }, [benchmark, plans, boards, loading]);
}
