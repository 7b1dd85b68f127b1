import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';

/** What a client publishes about itself under the awareness field `user` (see sync/board-connection). */
const PeerSchema = z.object({
  memberId: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  role: z.string().max(32),
});
export type Peer = z.infer<typeof PeerSchema>;

/** The other members on this board right now (one entry per member, however many tabs they have). */
export function peersOf(awareness: Awareness): Peer[] {
  const byMember = new Map<string, Peer>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const peer = PeerSchema.safeParse((state as { user?: unknown }).user);
    if (peer.success && !byMember.has(peer.data.memberId)) byMember.set(peer.data.memberId, peer.data);
  }
  const me = PeerSchema.safeParse(awareness.getLocalState()?.user);
  if (me.success) byMember.delete(me.data.memberId);
  return [...byMember.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Live list of the other members on this board, from Yjs awareness. */
export function useBoardPeers(awareness: Awareness | null): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPeers([]);
      return;
    }
    const update = () =>
      setPeers((previous) => {
        const next = peersOf(awareness);
        return JSON.stringify(next) === JSON.stringify(previous) ? previous : next;
      });
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);
  return peers;
}
