import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type * as Y from 'yjs';
import { useScope } from '../fields/board-scope';
import { useDocSnapshot } from '../fields/use-y';
import { KeyFactorOptionsContext, useKeyFactorOptions } from './key-factor-options';
import { PrintView } from './PrintView';
import { type PlanChecks, planChecks, planForChecks, type RowIssues, samePlanChecks } from './plan-checks';

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

/** The latest check, read per row: a row re-renders only when its own issues object changes. */
export interface ChecksStore {
  subscribe(listener: () => void): () => void;
  current(): PlanChecks | null;
  row(id: string): RowIssues | undefined;
}

function createChecksStore(): ChecksStore & { set(checks: PlanChecks | null): void } {
  let checks: PlanChecks | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => checks,
    row: (id) => checks?.rows.get(id),
    set(next) {
      checks = next;
      for (const listener of listeners) listener();
    },
  };
}

interface PlanState {
  readonly checks: ChecksStore;
  readonly present: (button: HTMLButtonElement | null) => void;
}

export const PlanContext = createContext<PlanState | null>(null);

export function usePlan(): PlanState {
  const plan = useContext(PlanContext);
  if (!plan) throw new Error('usePlan outside the action plan');
  return plan;
}

/**
 * Around the action plan: the key factors of the programme's benchmarks (for the row links), the
 * completeness check, and the presentation view that replaces the board while open.
 */
export function PlanFrame({ children }: { children: ReactNode }) {
  const { doc } = useScope();
  const factors = useKeyFactorOptions();
  const checks = usePlanChecks(doc);
  const [store] = useState(createChecksStore);
  useEffect(() => store.set(checks), [store, checks]);
  const [presenting, setPresenting] = useState(false);
  const openButton = useRef<HTMLButtonElement | null>(null);
  const state = useMemo<PlanState>(
    () => ({
      checks: store,
      present: (button) => {
        openButton.current = button;
        setPresenting(true);
      },
    }),
    [store],
  );
  const close = useCallback(() => {
    setPresenting(false);
    requestAnimationFrame(() => openButton.current?.focus());
  }, []);
  return (
    <KeyFactorOptionsContext.Provider value={factors}>
      <PlanContext.Provider value={state}>
        {presenting ? <PrintView onClose={close} /> : children}
      </PlanContext.Provider>
    </KeyFactorOptionsContext.Provider>
  );
}
