import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLPresenceUserInfo,
  type TLStore,
} from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';

/** The awareness field holding a client's tldraw presence (cursor, selection, viewport, page). */
export const PRESENCE_FIELD = 'presence';

export interface PresenceBindingOptions {
  store: TLStore;
  awareness: Awareness;
  user: Signal<TLPresenceUserInfo>;
  /** Defers sending (default: next animation frame), so a fast-moving pointer sends once per frame. */
  schedule?: (send: () => void) => void;
}

const nextFrame = (send: () => void) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(send);
  else setTimeout(send, 16);
};

/**
 * Publishes this user's tldraw presence in Yjs awareness, and mirrors every other client's as
 * `instance_presence` records (presence-scoped: never written to the doc), which tldraw draws as
 * named, coloured cursors. A peer's record id is derived from its awareness client id, so no peer
 * can overwrite another's.
 */
export function bindPresence({
  store,
  awareness,
  user,
  schedule = nextFrame,
}: PresenceBindingOptions): () => void {
  const ownId = awareness.clientID;
  const $presence = createPresenceStateDerivation(user, idOf(ownId))(store);
  let pending = false;
  let stopped = false;
  const stopPublishing = react('publish presence', () => {
    $presence.get();
    if (pending) return;
    pending = true;
    schedule(() => {
      pending = false;
      if (!stopped) awareness.setLocalStateField(PRESENCE_FIELD, $presence.get());
    });
  });

  const onChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }) => {
    const states = awareness.getStates();
    const put: TLInstancePresence[] = [];
    const remove: TLInstancePresence['id'][] = [];
    for (const clientId of [...added, ...updated]) {
      if (clientId === ownId) continue;
      const record = validPresence(clientId, states.get(clientId)?.[PRESENCE_FIELD]);
      if (record) put.push(record);
      else remove.push(idOf(clientId));
    }
    for (const clientId of removed) if (clientId !== ownId) remove.push(idOf(clientId));
    const present = remove.filter((id) => store.has(id));
    if (put.length === 0 && present.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (present.length > 0) store.remove(present);
      if (put.length > 0) store.put(put);
    });
  };
  awareness.on('change', onChange);
  const others = [...awareness.getStates().keys()].filter((id) => id !== ownId);
  onChange({ added: others, updated: [], removed: [] });

  return () => {
    stopped = true;
    stopPublishing();
    awareness.off('change', onChange);
    awareness.setLocalStateField(PRESENCE_FIELD, null);
    const mirrored = store.query
      .records('instance_presence')
      .get()
      .map((record) => record.id);
    if (mirrored.length > 0) store.mergeRemoteChanges(() => store.remove(mirrored));
  };
}

function idOf(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(String(clientId));
}

function validPresence(clientId: number, value: unknown): TLInstancePresence | null {
  if (typeof value !== 'object' || value === null) return null;
  try {
    return InstancePresenceRecordType.validate({ ...value, id: idOf(clientId) });
  } catch {
    return null;
  }
}
