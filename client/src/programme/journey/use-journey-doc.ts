import { journeyDocId } from '@mentoring/shared/journey/settings';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { createBoardConnection, syncServerUrl } from '../../sync/board-connection';

/**
 * Follows the programme's journey document (written by the server only; read-only for every role)
 * through the same sync as the boards: `onChange` runs with the document once it has content and
 * after every update the server pushes.
 */
export function useJourneyDoc(programmeId: string, token: string, onChange: (doc: Y.Doc) => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;

  useEffect(() => {
    const connection = createBoardConnection({
      docId: journeyDocId(programmeId),
      token,
      user: { memberId: '', name: '', color: '', role: '' },
      serverUrl: syncServerUrl(),
    });
    // Watching the journey is not being on a board: no cursor, no entry in anyone's peers.
    connection.awareness.setLocalState(null);
    const changed = () => latest.current(connection.doc);
    connection.doc.on('update', changed);
    return () => {
      connection.doc.off('update', changed);
      connection.destroy();
    };
  }, [programmeId, token]);
}
