import { useEffect, useMemo, useRef, useState } from 'react';
import {
  atom,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  type TLPresenceUserInfo,
  type TLStore,
} from 'tldraw';
import type { BoardConnection, PeerInfo } from '../sync/board-connection';
import { bindPresence } from './presence-binding';
import { bindStoreToYjs } from './yjs-binding';

/**
 * A tldraw store for one open canvas, bound to the board's Y.Doc (content) and awareness (cursors).
 * Null until bound, so tldraw mounts on the board's records rather than on an empty store. While
 * `readOnly` (observers, locked boards) the canvas is read-only (tldraw's collaboration mode) and
 * nothing is written to the doc.
 */
export function useCanvasStore(
  connection: BoardConnection,
  readOnly: boolean,
  user: PeerInfo,
): TLStore | null {
  const mode = useMemo(() => atom<'readonly' | 'readwrite'>('collaboration mode', 'readwrite'), []);
  const readOnlyNow = useRef(readOnly);
  useEffect(() => {
    readOnlyNow.current = readOnly;
    mode.set(readOnly ? 'readonly' : 'readwrite');
  }, [mode, readOnly]);

  const store = useMemo(
    () =>
      createTLStore({
        id: connection.doc.guid,
        shapeUtils: defaultShapeUtils,
        bindingUtils: defaultBindingUtils,
        collaboration: { mode, status: null },
      }),
    [connection, mode],
  );
  const presenceUser = useMemo(() => atom<TLPresenceUserInfo>('presence user', { id: '' }), []);
  useEffect(() => {
    presenceUser.set({ id: user.memberId, name: user.name, color: user.color });
  }, [presenceUser, user]);

  const [bound, setBound] = useState<TLStore | null>(null);
  useEffect(() => {
    const binding = bindStoreToYjs({
      store,
      doc: connection.doc,
      readOnly: () => readOnlyNow.current,
      onInvalidRecord: (id, error) => console.warn(`canvas: left out invalid record ${id}`, error),
    });
    const stopPresence = bindPresence({ store, awareness: connection.awareness, user: presenceUser });
    setBound(store);
    return () => {
      stopPresence();
      binding.destroy();
      setBound(null);
    };
  }, [store, connection, presenceUser]);
  return bound === store ? store : null;
}
