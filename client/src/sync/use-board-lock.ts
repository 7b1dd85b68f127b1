import { isBoardLocked } from '@mentoring/shared/doc/session';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** Whether the facilitator has locked this board (state kept in the doc by the server). */
export function useBoardLock(doc: Y.Doc | null): { locked: boolean; by: string | null } {
  const [state, setState] = useState({ locked: false, by: null as string | null });
  useEffect(() => {
    if (!doc) return;
    const session = doc.getMap('session');
    const read = () => {
      const by = session.get('lockedBy');
      setState({ locked: isBoardLocked(doc), by: typeof by === 'string' && by ? by : null });
    };
    read();
    session.observe(read);
    return () => session.unobserve(read);
  }, [doc]);
  return state;
}
