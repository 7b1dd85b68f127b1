import { createContext, type ReactNode, useContext } from 'react';
import { type ApprovedAction, useApprovedActions } from '../../versions/approved-plan';
import { useProgrammeScope } from '../fields/board-scope';

/** The approved plans' actions by row id; null while they load. */
const ApprovedActionsContext = createContext<ReadonlyMap<string, ApprovedAction> | null>(null);

/** The actions of the approved plan(s), read once for the whole monitoring board. */
export function useApproved(): ReadonlyMap<string, ApprovedAction> | null {
  return useContext(ApprovedActionsContext);
}

/** Wraps the monitoring board: loads what the approved plans say each followed action is. */
export function MonitoringFrame({ children }: { readonly children: ReactNode }) {
  const programme = useProgrammeScope();
  const actions = useApprovedActions(programme?.boards, programme?.token);
  return <ApprovedActionsContext.Provider value={actions}>{children}</ApprovedActionsContext.Provider>;
}
