import { actionRows } from '@mentoring/shared/doc/action-plan';
import { ACTION_PLAN_COLUMNS } from '@mentoring/shared/schema/templates/action-plan';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import type { BoardParts, CustomFieldProps, RowMarks } from '../engine/template-context';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { useListIds } from '../fields/use-y';
import { useWholeRow } from '../fields/whole-row';
import { CompletenessPanel } from './CompletenessPanel';
import { PlanFrame, usePlan } from './plan-frame';
import { RowLinks } from './RowLinks';

/** Short column names for the row's issue line ("1. Actions" → "Actions"). */
function shortLabel(label: string): string {
  return label.replace(/^\d+\.\s*/, '');
}

function PrintOpen() {
  const { t } = useScope();
  const { present } = usePlan();
  return (
    <div className="actions no-print">
      <button type="button" className="button" onClick={(event) => present(event.currentTarget)}>
        {t('actionPlan.printOpen')}
      </button>
    </div>
  );
}

function Completeness() {
  const { doc } = useScope();
  const { checks } = usePlan();
  const current = useSyncExternalStore(checks.subscribe, checks.current, checks.current);
  const order = useListIds(doc, actionRows);
  return <CompletenessPanel checks={current} order={order} />;
}

/** Not in a row not yet whole (see whole-row.ts): its two deep observers and disclosure come with the rest. */
function RowLinksField({ owner, itemId, itemLabel }: CustomFieldProps) {
  if (!useWholeRow()) return null;
  return <RowLinks id={itemId ?? ''} item={owner as Y.Map<unknown>} label={itemLabel} />;
}

/**
 * An action row's marks: its empty columns and a measurable-success problem. A row with all six
 * columns empty is new: the check panel counts it, the row itself is not flagged (no warning text
 * or marks appearing under the pointer while rows are being added).
 */
function useRowMarks(_listPath: string, id: string): RowMarks | undefined {
  const scope = useScope();
  const { checks } = usePlan();
  const row = useCallback(() => checks.row(id), [checks, id]);
  const issues = useSyncExternalStore(checks.subscribe, row, row);
  return useMemo(() => {
    if (!issues || issues.empty.length >= ACTION_PLAN_COLUMNS.length) return undefined;
    const { t, texts } = scope;
    const problems = [
      ...(issues.empty.length
        ? [
            t('actionPlan.emptyColumns', {
              columns: issues.empty.map((c) => shortLabel(fieldTextOf(scope, `rows.${c}`).label)).join(', '),
            }),
          ]
        : []),
      ...(issues.notMeasurable ? [`${texts.checks['not-measurable'].label}.`] : []),
    ];
    return {
      flagged: [...issues.empty, ...(issues.notMeasurable ? ['successMeasure'] : [])],
      note: problems.length > 0 ? t('actionPlan.rowIssues', { issues: problems.join(' ') }) : null,
    };
  }, [issues, scope]);
}

/** What the action plan has of its own: links to needs and key factors, the checks, the presentation. */
const parts: BoardParts = {
  Frame: PlanFrame,
  parts: { 'print-open': PrintOpen, completeness: Completeness },
  fields: { 'row-links': RowLinksField },
  useRowMarks,
};
export default parts;
