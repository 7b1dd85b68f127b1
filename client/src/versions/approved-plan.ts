import type { Board } from '@mentoring/shared/schema/board';
import type { ActionPlan, ActionRow } from '@mentoring/shared/schema/templates/action-plan';
import type { VersionMeta } from '@mentoring/shared/schema/version';
import { useCallback, useEffect, useState } from 'react';
import { approvedVersion } from './approvals-api';
import { contentOfState } from './version-content';
import { type BoardRef, versionsApi } from './versions-api';

/** An action plan's approved version and its content as approved. */
export interface ApprovedPlan {
  readonly version: VersionMeta;
  readonly content: ActionPlan;
}

/** How often an open plan or monitoring board asks again whether the approval changed. */
const REFRESH_MS = 30_000;

/** The approved version of an action plan board and its content, or null when none is approved. */
export async function loadApprovedPlan(ref: BoardRef): Promise<ApprovedPlan | null> {
  const version = approvedVersion(await versionsApi.list(ref));
  if (!version) return null;
  const { state } = await versionsApi.load(ref, version.id);
  const content = contentOfState('action-plan', state) as ActionPlan | null;
  return content ? { version, content } : null;
}

export type ApprovedState =
  | { status: 'loading' }
  | { status: 'ready'; plan: ApprovedPlan | null }
  | { status: 'error'; error: unknown };

/**
 * The approved version of one action plan, read again every 30 s and on `reload` (an approval is
 * recorded over HTTP: it does not travel with the board's live document).
 */
export function useApprovedPlan(ref: BoardRef | null): { state: ApprovedState; reload: () => void } {
  const { programmeId = '', boardId = '', token = '' } = ref ?? {};
  const [state, setState] = useState<ApprovedState>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    if (!boardId) return;
    let live = true;
    void tick;
    loadApprovedPlan({ programmeId, boardId, token }).then(
      (plan) => live && setState({ status: 'ready', plan }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    const timer = setInterval(reload, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [programmeId, boardId, token, tick, reload]);
  return { state, reload };
}

/** An approved action as the monitoring shows it: the plan's row and the version it is from. */
export interface ApprovedAction {
  readonly row: ActionRow;
  readonly version: VersionMeta;
}

/** Every action of every approved action plan of the programme, by its row id. */
export function useApprovedActions(
  boards: readonly Board[] | undefined,
  token: string | undefined,
): ReadonlyMap<string, ApprovedAction> | null {
  const plans = (boards ?? []).filter((board) => board.kind === 'action-plan');
  const key = plans.map((board) => board.id).join(',');
  const programmeId = plans[0]?.programmeId ?? '';
  const [actions, setActions] = useState<ReadonlyMap<string, ApprovedAction> | null>(null);
  useEffect(() => {
    if (!token) return;
    let live = true;
    const load = () =>
      Promise.all(
        key
          .split(',')
          .filter(Boolean)
          .map((boardId) => loadApprovedPlan({ programmeId, boardId, token }).catch(() => null)),
      ).then((found) => {
        if (!live) return;
        const map = new Map<string, ApprovedAction>();
        for (const plan of found) {
          if (!plan) continue;
          for (const row of plan.content.rows) map.set(row.id, { row, version: plan.version });
        }
        setActions(map);
      });
    void load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [key, programmeId, token]);
  return actions;
}
