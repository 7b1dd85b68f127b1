import type { Board } from '@mentoring/shared/schema/board';
import type { TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { createBoardConnection, syncServerUrl } from '../../sync/board-connection';
import { useProgrammeScope, useScope } from './board-scope';

/** Another board of the programme, opened for reading: its doc once synced (null before). */
export interface LinkedBoard {
  readonly board: Board;
  readonly doc: Y.Doc | null;
}

/**
 * Opens, read-only, every board of `kind` in the programme (oldest first), through the same
 * connection machinery as the board itself (local copy, live sync). The action plan reads the
 * benchmark's key factors this way, and the benchmark counts the action plan's links. This client
 * publishes no presence there and never writes.
 */
export function useLinkedBoards(kind: TemplateKind): { boards: readonly LinkedBoard[]; loading: boolean } {
  const programme = useProgrammeScope();
  const { user } = useScope();
  const targets = useMemo(
    () =>
      (programme?.boards ?? [])
        .filter((board) => board.kind === kind)
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
    [programme, kind],
  );
  const token = programme?.token ?? null;
  const [docs, setDocs] = useState<ReadonlyMap<string, Y.Doc>>(new Map());

  // biome-ignore lint/correctness/useExhaustiveDependencies: reopen only when the set of boards changes.
  useEffect(() => {
    if (!token) return;
    const opened = targets.map((board) => {
      const connection = createBoardConnection({
        docId: board.docId,
        token,
        user,
        serverUrl: syncServerUrl(),
      });
      // Reading another board is not being on it: no avatar there, no cursor.
      connection.awareness.setLocalState(null);
      const check = () => {
        if (!connection.getSnapshot().ready) return;
        setDocs((current) => {
          if (current.get(board.docId) === connection.doc) return current;
          return new Map(current).set(board.docId, connection.doc);
        });
      };
      const unsubscribe = connection.subscribe(check);
      check();
      return () => {
        unsubscribe();
        connection.destroy();
      };
    });
    return () => {
      for (const close of opened) close();
      setDocs(new Map());
    };
  }, [targets.map((board) => board.docId).join(','), token]);

  const boards = useMemo(
    () => targets.map((board) => ({ board, doc: docs.get(board.docId) ?? null })),
    [targets, docs],
  );
  return { boards, loading: programme === null };
}
