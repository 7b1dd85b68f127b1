import {
  atom,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  type TLPresenceUserInfo,
  type TLStore,
} from 'tldraw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { bindPresence } from './presence-binding';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** What the Editor does on mount: adds the document, the first page and this tab's session records. */
function makeUsable(store: TLStore): void {
  (store as unknown as { ensureStoreIsUsable(): void }).ensureStoreIsUsable();
}

function client(name: string) {
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
  makeUsable(store);
  const awareness = new Awareness(new Y.Doc());
  const user = atom<TLPresenceUserInfo>('user', { id: `member-${name}`, name, color: '#1f6feb' });
  cleanups.push(() => awareness.destroy());
  return { store, awareness, user };
}

/** Relays awareness both ways, as the server does. */
function relay(a: Awareness, b: Awareness) {
  const forward = (from: Awareness, to: Awareness) => {
    from.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === 'relay') return;
      const changed = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'relay');
    });
  };
  forward(a, b);
  forward(b, a);
}

describe('bindPresence', () => {
  it('shows each peer as a named instance_presence record and removes it when the peer leaves', async () => {
    const ana = client('Ana');
    const ben = client('Ben');
    relay(ana.awareness, ben.awareness);
    const now = (send: () => void) => queueMicrotask(send);
    const stopAna = bindPresence({ ...ana, schedule: now });
    cleanups.push(bindPresence({ ...ben, schedule: now }));

    await vi.waitFor(() => {
      const seen = ben.store.query.records('instance_presence').get();
      expect(seen.map((record) => record.userName)).toEqual(['Ana']);
    });
    expect(
      ana.store.query
        .records('instance_presence')
        .get()
        .map((record) => record.userName),
    ).toEqual(['Ben']);

    stopAna();
    await vi.waitFor(() => expect(ben.store.query.records('instance_presence').get()).toEqual([]));
  });

  it('ignores a peer whose presence does not validate', () => {
    const ana = client('Ana');
    const ben = client('Ben');
    relay(ana.awareness, ben.awareness);
    cleanups.push(bindPresence({ ...ben, schedule: (send) => queueMicrotask(send) }));
    ana.awareness.setLocalStateField('presence', { userName: 42 });
    expect(ben.store.query.records('instance_presence').get()).toEqual([]);
  });
});
