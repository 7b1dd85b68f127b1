import type { NetworkTopic } from '@mentoring/shared/protocol/network-events';
import type { NetworkId } from '@mentoring/shared/schema/ids';
import type { NetworkKind, NetworkRecord, NetworkStore } from './network-store.js';

/**
 * Where change notices go: the network channel (session/network-channel.ts) once socket.io is up.
 * Until then, and in tools without socket.io, notices go nowhere.
 */
export interface NoticeSink {
  /** Something of `topic` changed in the network: every open page of it that may see it re-reads. */
  changed(networkId: NetworkId, topic: NetworkTopic): void;
  /** The invite was revoked: its open pages are closed at once. */
  revoked(networkId: NetworkId, inviteId: string): void;
  /** The network is being erased: every open page of it is closed. */
  erased(networkId: NetworkId): void;
}

/** A sink set later: the store is made before socket.io, which needs the HTTP server. */
export interface NetworkNotices extends NoticeSink {
  attach(sink: NoticeSink): void;
}

export function createNetworkNotices(): NetworkNotices {
  let sink: NoticeSink | null = null;
  return {
    attach(next) {
      sink = next;
    },
    changed: (networkId, topic) => sink?.changed(networkId, topic),
    revoked: (networkId, inviteId) => sink?.revoked(networkId, inviteId),
    erased: (networkId) => sink?.erased(networkId),
  };
}

/** The topic a record kind belongs to; invites are on no page's lists. */
const TOPIC_OF: Record<NetworkKind, NetworkTopic | null> = {
  invite: null,
  profile: 'profiles',
  draft: 'drafts',
  programme: 'programmes',
  grant: 'programmes',
  status: 'programmes',
  community: 'communities',
  communityStart: 'communities',
};

/**
 * The network store, telling `notices` of every write that took effect, after it is stored (so a
 * page that re-reads on the notice finds the change). Every writer goes through the store (routes,
 * the journey's status figures, choosing a mentor, starting a community), so none can forget to.
 */
export function withNotices(store: NetworkStore, notices: NoticeSink): NetworkStore {
  const after = <K extends NetworkKind>(kind: K, networkId: NetworkId, record?: NetworkRecord<K>) => {
    const topic = TOPIC_OF[kind];
    if (topic) notices.changed(networkId, topic);
    if (kind === 'invite' && record && (record as NetworkRecord<'invite'>).revokedAt) {
      notices.revoked(networkId, (record as NetworkRecord<'invite'>).id);
    }
  };
  return {
    ...store,
    async markDeleting(id, at) {
      const marked = await store.markDeleting(id, at);
      notices.erased(id);
      return marked;
    },
    async put(kind, record) {
      const stored = await store.put(kind, record);
      if (stored) after(kind, record.networkId, record);
      return stored;
    },
    async putNew(kind, record) {
      const stored = await store.putNew(kind, record);
      if (stored) after(kind, record.networkId, record);
      return stored;
    },
    async remove(kind, networkId, id) {
      const removed = await store.remove(kind, networkId, id);
      if (removed) after(kind, networkId);
      return removed;
    },
  };
}
