import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import {
  NETWORK_CHANGED,
  NETWORK_NAMESPACE,
  type NetworkChanged,
  NetworkHandshakeSchema,
  type NetworkTopic,
} from '@mentoring/shared/protocol/network-events';
import type { NetworkId } from '@mentoring/shared/schema/ids';
import type { Server } from 'socket.io';
import type { ConnectionLimiter } from '../auth/connection-limit.js';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { NoticeSink } from '../networks/network-notices.js';
import type { NetworkSession, NetworkTokens } from '../networks/network-tokens.js';

/** Every open page of a network. */
const networkRoom = (networkId: string) => `network:${networkId}`;
/** The pages opened with a coordinator's link: only they may read the programmes' table. */
const coordinatorRoom = (networkId: string) => `network:${networkId}:coordinator`;
/** The pages opened with one invite's link, closed together when it is revoked. */
const inviteRoom = (networkId: string, inviteId: string) => `network:${networkId}:invite:${inviteId}`;

/** Who hears a topic: the roles whose HTTP routes return it (network-table-routes.ts for programmes). */
const roomOf = (networkId: string, topic: NetworkTopic) =>
  topic === 'programmes' ? coordinatorRoom(networkId) : networkRoom(networkId);

/** A timer longer than this overflows (Node's 32-bit delay); a longer-lived socket is cut then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The network page's live channel: a socket.io namespace of its own, whose handshake checks the
 * network link's token exactly as the HTTP API does (network-tokens.ts `session`, then the network
 * named by the page must be the token's). An accepted socket joins its network's room (and the
 * coordinators' room for a coordinator's link), so a link of one network never hears another. With
 * Redis, the adapter carries every notice and disconnection to the sockets of every node. Sockets
 * only listen; anything they send is ignored. A network takes at most `limiter`'s share of open
 * sockets on this node (as a programme does), so one leaked link cannot hold the node's sockets.
 */
export function attachNetworkChannel(
  io: Server,
  deps: { networkTokens: NetworkTokens; limiter: ConnectionLimiter; log: Logger },
): NoticeSink & { close(): void } {
  const nsp = io.of(NETWORK_NAMESPACE);
  nsp.use((socket, next) => {
    const auth = NetworkHandshakeSchema.safeParse(socket.handshake.auth);
    if (!auth.success) {
      next(new Error(HandshakeError.unauthorized.message));
      return;
    }
    deps.networkTokens.session(auth.data.token).then(
      (session) => {
        if (session.network.id !== auth.data.networkId) {
          next(new Error(HandshakeError.unauthorized.message));
          return;
        }
        let release: () => void;
        try {
          release = deps.limiter.acquire(session.network.id);
        } catch {
          next(new Error(HandshakeError.tooManyConnections.message));
          return;
        }
        // The engine connection closes in every case, also when the socket never finishes connecting.
        socket.conn.once('close', release);
        socket.once('disconnect', release);
        socket.data.network = session;
        socket.data.networkToken = auth.data.token;
        next();
      },
      (error: unknown) => {
        const refused =
          error instanceof AppError && (error.code === 'unauthorized' || error.code === 'forbidden');
        if (!refused) deps.log.error({ err: error }, 'network channel handshake failed');
        next(new Error(HandshakeError[refused ? 'unauthorized' : 'unavailable'].message));
      },
    );
  });
  nsp.on('connection', (socket) => {
    const { network, invite, role } = socket.data.network as NetworkSession;
    const rooms = [networkRoom(network.id), inviteRoom(network.id, invite.id)];
    if (role === 'network-coordinator') rooms.push(coordinatorRoom(network.id));
    void socket.join(rooms);
    // A revocation between the check above and this join sent its disconnection to rooms the
    // socket was not in yet: check once more now that it is in them.
    deps.networkTokens.session(socket.data.networkToken as string).then(
      (again) => {
        if (again.network.id !== network.id) socket.disconnect(true);
      },
      () => socket.disconnect(true),
    );
    // The link's own expiry ends the socket too, as it ends the next HTTP request.
    const left = Date.parse(invite.expiresAt) - Date.now();
    if (left < MAX_TIMER_MS) {
      const timer = setTimeout(() => socket.disconnect(true), Math.max(0, left));
      timer.unref();
      socket.once('disconnect', () => clearTimeout(timer));
    }
  });
  const notice = (what: NetworkTopic): NetworkChanged => ({ what });
  return {
    changed(networkId: NetworkId, topic: NetworkTopic) {
      nsp.to(roomOf(networkId, topic)).emit(NETWORK_CHANGED, notice(topic));
    },
    revoked(networkId: NetworkId, inviteId: string) {
      nsp.in(inviteRoom(networkId, inviteId)).disconnectSockets(true);
    },
    erased(networkId: NetworkId) {
      nsp.in(networkRoom(networkId)).disconnectSockets(true);
    },
    close() {
      nsp.disconnectSockets(true);
    },
  };
}
