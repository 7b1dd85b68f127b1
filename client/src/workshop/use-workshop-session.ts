import type { ClientEventName, ClientPayload } from '@mentoring/shared/protocol/session-events';
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  type CommandResult,
  createWorkshopStore,
  type WorkshopSnapshot,
  type WorkshopStore,
} from './session-store';

/** The workshop session of a page: its live snapshot and a command sender. */
export interface WorkshopSession {
  snapshot: WorkshopSnapshot;
  send: <E extends ClientEventName>(event: E, payload: ClientPayload<E>) => Promise<CommandResult>;
}

const noSubscribe = () => () => undefined;
const disconnected: WorkshopSnapshot = {
  connected: false,
  refused: false,
  roster: null,
  timer: { status: 'idle' },
  offsetMs: 0,
  follow: { active: false, boardId: null, viewport: null, scroll: null, leader: null, jump: 0 },
  spotlight: null,
};
const noSnapshot = () => disconnected;
const unavailable = async (): Promise<CommandResult> => ({
  ok: false,
  error: 'unavailable',
  message: 'no session',
});

/**
 * Opens the page's one workshop connection (for as long as the component is mounted), tells the
 * server which board this page shows and whether the tab is hidden (away), and re-renders on change.
 */
export function useWorkshopConnection(token: string | null, boardId: string | null): WorkshopSession {
  const [store, setStore] = useState<WorkshopStore | null>(null);
  useEffect(() => {
    if (!token) return;
    const opened = createWorkshopStore(token);
    setStore(opened);
    return () => {
      opened.destroy();
      setStore(null);
    };
  }, [token]);

  useEffect(() => {
    store?.setPresence({ boardId });
  }, [store, boardId]);

  useEffect(() => {
    if (!store) return;
    const onVisibility = () => store.setPresence({ away: document.visibilityState === 'hidden' });
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [store]);

  const snapshot = useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.getSnapshot ?? noSnapshot);
  const send = store?.send ?? unavailable;
  // One object per change, not per render: it is a context value over the whole board.
  return useMemo(() => ({ snapshot, send }), [snapshot, send]);
}

const WorkshopContext = createContext<WorkshopSession | null>(null);

/** Shares the page's workshop session with the components below (one socket per page). */
export const WorkshopProvider = WorkshopContext.Provider;

/** The page's workshop session (from {@link WorkshopProvider}); a disconnected one outside it. */
export function useWorkshop(): WorkshopSession {
  return useContext(WorkshopContext) ?? { snapshot: disconnected, send: unavailable };
}
