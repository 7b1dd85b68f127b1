import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import {
  type BoardConnection,
  createBoardConnection,
  type PeerInfo,
  syncServerUrl,
} from './board-connection';
import type { ConnectionFrame } from './connection-state';
import { collectTexts, refusedTexts } from './refused-text';

export interface UseBoardConnectionOptions {
  docId: string;
  token: string;
  user: PeerInfo;
  checkAccess?: () => Promise<boolean>;
}

/** Rollbacks per open board: a view that rewrote a refused edit by itself must not loop. */
const MAX_ROLLBACKS = 3;

const noSubscribe = () => () => undefined;
const noSnapshot = () => null;

/**
 * Reads a connection's snapshot without `save` and `unsaved`, keeping the same object while only
 * those change (a confirmation per keystroke while someone types).
 */
function frameReader(connection: BoardConnection): () => ConnectionFrame {
  let kept: ConnectionFrame | null = null;
  return () => {
    const { save: _save, unsaved: _unsaved, ...next } = connection.getSnapshot();
    const same =
      kept !== null &&
      (Object.keys(next) as (keyof ConnectionFrame)[]).every((key) => next[key] === kept?.[key]);
    if (!same) kept = next;
    return kept as ConnectionFrame;
  };
}

/**
 * Opens the board's connection for as long as the component is mounted (one per doc id and token),
 * and re-renders on every change of its state but the save state (`snapshot` is a ConnectionFrame:
 * ConnectionStatus reads the save state from the connection). When the server refuses an edit (a locked board),
 * the edit is rolled back: a Y.Doc cannot take an edit out, and one the server never stored would
 * hold back this client's later edits, so the local copy is dropped and a new connection (a new
 * Y.Doc, `connection` changes) loads the server's document. Every unconfirmed local edit goes with
 * it: the server refuses them all while the board stays locked.
 */
export function useBoardConnection(options: UseBoardConnectionOptions): {
  connection: BoardConnection | null;
  snapshot: ConnectionFrame | null;
  /** Texts of the rolled-back edit the server's document does not have, to copy out; [] when none. */
  refused: string[];
  dismissRefused: () => void;
} {
  const { docId, token, user } = options;
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  const [generation, setGeneration] = useState(0);
  const [rolledBack, setRolledBack] = useState(false);
  const rollbacks = useRef(0);
  // The local texts just before a rollback, compared once the server's document has arrived.
  const textsBefore = useRef<string[] | null>(null);
  const [refused, setRefused] = useState<string[]>([]);
  const latest = useRef(options);
  latest.current = options;

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation opens a new connection after a rollback
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
  }, [docId, token, generation]);

  useEffect(() => {
    connection?.awareness.setLocalStateField('user', user);
  }, [connection, user]);

  const readFrame = useMemo(() => (connection ? frameReader(connection) : noSnapshot), [connection]);
  const current = useSyncExternalStore(connection?.subscribe ?? noSubscribe, readFrame);

  const wasRefused = current?.refused ?? false;
  useEffect(() => {
    if (!connection || !wasRefused || rollbacks.current >= MAX_ROLLBACKS) return;
    rollbacks.current += 1;
    textsBefore.current = [...(textsBefore.current ?? []), ...collectTexts(connection.doc)];
    let live = true;
    void connection.discardLocal().then(() => {
      if (!live) return;
      setRolledBack(true);
      setGeneration((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [connection, wasRefused]);

  // Only once the new document is synced with the server does "not in it" mean "refused"
  // (`ready` alone may be the offline grace timer).
  const live = current?.link === 'live';
  useEffect(() => {
    if (!connection || !live || wasRefused || !textsBefore.current) return;
    const lost = refusedTexts(textsBefore.current, collectTexts(connection.doc));
    textsBefore.current = null;
    if (lost.length > 0) setRefused(lost);
  }, [connection, live, wasRefused]);
  const dismissRefused = useCallback(() => setRefused([]), []);

  // The rollback stays told until this person edits again (a local transaction on the new doc).
  useEffect(() => {
    if (!connection || !rolledBack) return;
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) setRolledBack(false);
    };
    connection.doc.on('update', onUpdate);
    return () => connection.doc.off('update', onUpdate);
  }, [connection, rolledBack]);

  const snapshot = useMemo(
    () => (current && rolledBack ? { ...current, rolledBack: true } : current),
    [current, rolledBack],
  );
  return { connection, snapshot, refused, dismissRefused };
}
