import type { Board } from '@mentoring/shared/schema/board';
import { useEffect, useRef } from 'react';
import { createBoardConnection, syncServerUrl } from '../../sync/board-connection';

/** Changes closer together than this make one refresh (typing sends an update per keystroke). */
const SETTLE_MS = 400;

/**
 * Calls `onChange` (debounced) whenever the content of one of `boards` changes, by anyone: each
 * structured board is opened read-only through the same sync connection as the board page (so a
 * change shows here as soon as it is saved), without taking part in its presence.
 */
export function useBoardChanges(boards: readonly Board[], token: string, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const docIds = boards
    .filter((board) => board.kind !== 'canvas')
    .map((board) => board.docId)
    .sort()
    .join(' ');

  useEffect(() => {
    if (!docIds) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), SETTLE_MS);
    };
    const connections = docIds.split(' ').map((docId) => {
      const connection = createBoardConnection({
        docId,
        token,
        user: { memberId: '', name: '', color: '', role: '' },
        serverUrl: syncServerUrl(),
      });
      // Watching from the home is not being on the board: no cursor, no entry in its peers.
      connection.awareness.setLocalState(null);
      connection.doc.on('update', changed);
      return connection;
    });
    return () => {
      clearTimeout(timer);
      for (const connection of connections) {
        connection.doc.off('update', changed);
        connection.destroy();
      }
    };
  }, [docIds, token]);
}
