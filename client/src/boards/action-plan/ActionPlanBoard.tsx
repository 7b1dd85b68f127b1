import { actionRows } from '@mentoring/shared/doc/action-plan';
import { useCallback, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useScope } from '../fields/board-scope';
import { Section } from '../fields/Sections';
import { useDocSnapshot, useListIds } from '../fields/use-y';
import { CompletenessPanel } from './CompletenessPanel';
import { KeyFactorOptionsContext, useKeyFactorOptions } from './key-factor-options';
import { PlanHeader } from './PlanHeader';
import { PrintView } from './PrintView';
import { type PlanChecks, planChecks, planForChecks, samePlanChecks } from './plan-checks';
import { RowsTable } from './RowsTable';

const CHECK_OPTIONS = { delayMs: 400, mode: 'idle', same: samePlanChecks } as const;

/**
 * The completeness check, run when typing pauses (not on every keystroke), with unchanged rows'
 * results kept identical so that only rows whose flags changed re-render.
 */
function usePlanChecks(doc: Y.Doc): PlanChecks | null {
  const previous = useRef<PlanChecks | null>(null);
  const read = useCallback((current: Y.Doc) => {
    previous.current = planChecks(planForChecks(current), previous.current);
    return previous.current;
  }, []);
  return useDocSnapshot(doc, read, CHECK_OPTIONS);
}

/**
 * The action plan (annex 6): header, completeness check and the six-column table, with links to
 * the needs analysis and the benchmark's key factors, and a presentation view for the final plan.
 */
export default function ActionPlanBoard() {
  const { t, doc } = useScope();
  const [presenting, setPresenting] = useState(false);
  const checks = usePlanChecks(doc);
  const order = useListIds(doc, actionRows);
  const factors = useKeyFactorOptions();
  const openButton = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setPresenting(false);
    requestAnimationFrame(() => openButton.current?.focus());
  }, []);
  return (
    <KeyFactorOptionsContext.Provider value={factors}>
      {presenting ? (
        <PrintView onClose={close} />
      ) : (
        <div className="form-board wide" data-testid="action-plan">
          <div className="actions no-print">
            <button ref={openButton} type="button" className="button" onClick={() => setPresenting(true)}>
              {t('actionPlan.printOpen')}
            </button>
          </div>
          <PlanHeader />
          <CompletenessPanel checks={checks} order={order} />
          <Section id="section-actions" title={t('actionPlan.table')} className="wide">
            <RowsTable issues={checks?.rows ?? null} />
          </Section>
        </div>
      )}
    </KeyFactorOptionsContext.Provider>
  );
}
