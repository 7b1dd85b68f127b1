import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import {
  NETWORK_CHANGED,
  NETWORK_NAMESPACE,
  NetworkChangedSchema,
  type NetworkTopic,
  NetworkTopicSchema,
} from '@mentoring/shared/protocol/network-events';
import { useEffect, useState } from 'react';
import { io } from 'socket.io-client';

/** How many times each topic changed since the page opened: a list re-reads when its count moves. */
export type NetworkChanges = Readonly<Record<NetworkTopic, number>>;

const NONE: NetworkChanges = { profiles: 0, drafts: 0, programmes: 0, communities: 0 };
const ALL = NetworkTopicSchema.options;
/** Notices this close together make one re-read (choosing a mentor writes a draft, a programme, figures). */
const COALESCE_MS = 120;
/** Only while the channel is down (a proxy without WebSockets, a refused or lost socket): a slow re-read. */
const FALLBACK_MS = 30_000;
/** After the server could not check the token (its store was down), when to ask again. */
const RETRY_MS = 5000;

/**
 * The network page's live channel: one socket.io connection to the network namespace, with the
 * network link's token. The server sends only "this changed" notices; the page reads the lists
 * again through the HTTP API. After a reconnection every list is read again (notices sent while
 * disconnected are lost); while there is no connection, every list is read every 30 s.
 */
export function useNetworkChanges(networkId: string, token: string | null): NetworkChanges {
  const [changes, setChanges] = useState<NetworkChanges>(NONE);
  useEffect(() => {
    if (!token) return;
    const pending = new Set<NetworkTopic>();
    let flush: number | undefined;
    const bump = (topics: readonly NetworkTopic[]) => {
      for (const topic of topics) pending.add(topic);
      flush ??= window.setTimeout(() => {
        flush = undefined;
        const moved = [...pending];
        pending.clear();
        setChanges((prev) => {
          const next = { ...prev };
          for (const topic of moved) next[topic] += 1;
          return next;
        });
      }, COALESCE_MS);
    };
    let fallback: number | undefined;
    const down = () => {
      fallback ??= window.setInterval(() => bump(ALL), FALLBACK_MS);
    };
    const up = () => {
      window.clearInterval(fallback);
      fallback = undefined;
    };
    const socket = io(NETWORK_NAMESPACE, {
      transports: ['websocket'],
      auth: { networkId, token },
      reconnectionDelay: 1000,
      reconnectionDelayMax: 15_000,
      randomizationFactor: 0.5,
    });
    let connectedBefore = false;
    socket.on('connect', () => {
      up();
      if (connectedBefore) bump(ALL);
      connectedBefore = true;
    });
    socket.on('disconnect', down);
    let retry: number | undefined;
    socket.on('connect_error', (error: Error) => {
      down();
      // A refused handshake is final (socket.io does not retry middleware errors; the HTTP API
      // refuses the page too, which shows it). A server that could not check the token is asked again.
      if (error.message !== HandshakeError.unauthorized.message && !socket.active) {
        window.clearTimeout(retry);
        retry = window.setTimeout(() => socket.connect(), RETRY_MS);
      }
    });
    socket.on(NETWORK_CHANGED, (payload: unknown) => {
      const parsed = NetworkChangedSchema.safeParse(payload);
      if (parsed.success) bump([parsed.data.what]);
    });
    return () => {
      socket.close();
      window.clearTimeout(flush);
      window.clearTimeout(retry);
      window.clearInterval(fallback);
    };
  }, [networkId, token]);
  return changes;
}
