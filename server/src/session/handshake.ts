import { HandshakeError, type HandshakeErrorName } from '@mentoring/shared/protocol/handshake-errors';
import { TokenSchema } from '@mentoring/shared/schema/api';
import type { DefaultEventsMap, Server } from 'socket.io';
import { z } from 'zod';
import type { Access, Session } from '../auth/access.js';
import type { ConnectionLimiter } from '../auth/connection-limit.js';
import type { GrantWatcher } from '../auth/grant-watcher.js';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';

/** What the handshake stores on every accepted socket (`socket.data`). */
export interface SessionSocketData {
  session: Session;
}

/** The socket.io server with this app's socket data. */
export type HandshakeServer = Server<DefaultEventsMap, DefaultEventsMap, DefaultEventsMap, SessionSocketData>;

/** The room of every socket of a programme. */
export const programmeRoom = (programmeId: string) => `programme:${programmeId}`;

const HandshakeAuthSchema = z.object({ token: TokenSchema });

/**
 * Checks `auth.token` at every socket.io handshake, as the WebSocket upgrade does: a member's valid
 * session and a free connection slot of the programme, else the client gets `connect_error` with a
 * message from {@link HandshakeError}. Accepted sockets are put in their programme's room and
 * disconnected when their invite is revoked or their token expires.
 */
export function attachHandshake(
  io: HandshakeServer,
  deps: { access: Access; watcher: GrantWatcher; limiter: ConnectionLimiter; log: Logger },
): void {
  io.use((socket, next) => {
    const auth = HandshakeAuthSchema.safeParse(socket.handshake.auth);
    const token = auth.success ? auth.data.token : null;
    deps.access.session(token).then(
      (session) => {
        let release: () => void;
        try {
          release = deps.limiter.acquire(session.programme.id);
        } catch (error) {
          next(handshakeError(error, deps.log));
          return;
        }
        const unwatch = deps.watcher.watch(
          {
            programmeId: session.programme.id,
            inviteId: session.invite.id,
            expiresAtMs: session.expiresAtMs,
          },
          (reason) => {
            deps.log.info(
              { who: `${session.role}:${session.member.id}`, reason },
              'access ended; disconnecting',
            );
            socket.disconnect(true);
          },
        );
        const cleanup = () => {
          release();
          unwatch();
        };
        // The engine connection closes in every case, also when the socket never finishes connecting.
        socket.conn.once('close', cleanup);
        socket.once('disconnect', cleanup);
        socket.data.session = session;
        next();
      },
      (error: unknown) => next(handshakeError(error, deps.log)),
    );
  });
  io.on('connection', (socket) => {
    void socket.join(programmeRoom(socket.data.session.programme.id));
  });
}

function handshakeError(error: unknown, log: Logger): Error {
  let name: HandshakeErrorName = 'unavailable';
  if (error instanceof AppError) {
    if (error.code === 'unauthorized' || error.code === 'forbidden') name = 'unauthorized';
    else if (error.code === 'tooManyConnections') name = 'tooManyConnections';
  } else {
    log.error({ err: error }, 'socket.io handshake failed');
  }
  return new Error(HandshakeError[name].message);
}
