import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  type BoardConnection,
  createBoardConnection,
  type PeerInfo,
  syncServerUrl,
} from './board-connection';
import type { ConnectionSnapshot } from './connection-state';

export interface UseBoardConnectionOptions {
  docId: string;
  token: string;
  user: PeerInfo;
  checkAccess?: () => Promise<boolean>;
}

const noSubscribe = () => () => undefined;
const noSnapshot = () => null;

/**
 * Opens the board's connection for as long as the component is mounted (one per doc id and token),
 * and re-renders on every change of its state.
 */
export function useBoardConnection(options: UseBoardConnectionOptions): {
  connection: BoardConnection | null;
  snapshot: ConnectionSnapshot | null;
} {
  const { docId, token, user } = options;
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const opened = createBoardConnection({
      docId,
      token,
      user: latest.current.user,
      serverUrl: syncServerUrl(),
      checkAccess: () => latest.current.checkAccess?.() ?? Promise.resolve(true),
    });
    setConnection(opened);
    return () => {
      opened.destroy();
      setConnection(null);
    };
  }, [docId, token]);

  useEffect(() => {
    connection?.awareness.setLocalStateField('user', user);
  }, [connection, user]);

  const snapshot = useSyncExternalStore(
    connection?.subscribe ?? noSubscribe,
    connection?.getSnapshot ?? noSnapshot,
  );
  return { connection, snapshot };
}
