import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { CONFIRM_PARAM } from '@mentoring/shared/protocol/messages';
import { DocIdSchema } from '@mentoring/shared/schema/ids';
import { type WebSocket, WebSocketServer } from 'ws';
import type { AuthorizeDoc, DocAccess } from '../auth/doc-access.js';
import { AppError } from '../errors.js';
import { syncMessageOverBudget } from '../limits/update-cost.js';
import type { Logger } from '../log.js';
import type { Rooms } from '../sync/rooms.js';

export interface YjsUpgradeDeps {
  rooms: Rooms;
  authorize: AuthorizeDoc;
  log: Logger;
  maxMessageBytes: number;
  /** Whether the page that opened the upgrade (its `Origin`) may connect; see `origin.ts`. */
  allowOrigin?: (request: IncomingMessage) => boolean;
  /** Structs plus delete ranges of one update (MAX_UPDATE_COST). */
  maxUpdateCost: number;
}

/**
 * Routes HTTP upgrades: `/yjs/:docId` to the sync rooms, `/socket.io/` left to engine.io (which
 * listens on the same server), anything else refused. Access is checked before the upgrade, so no
 * WebSocket frame is read from a client whose token is not valid.
 */
export function attachYjsUpgrade(
  server: Server,
  deps: YjsUpgradeDeps,
): { stopAccepting(): void; close(): void } {
  let accepting = true;
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: deps.maxMessageBytes,
    perMessageDeflate: false,
  });
  const sockets = new Set<WebSocket>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/socket.io/')) return;
    // A named function, not a closure over this handler's scope (see serveConnection).
    socket.on('error', destroySocket);
    if (!accepting) {
      refuse(socket, 503, 'Service Unavailable');
      return;
    }
    if (deps.allowOrigin && !deps.allowOrigin(req)) {
      refuse(socket, 403, 'origin not allowed');
      return;
    }
    const match = /^\/yjs\/([^/]+)$/.exec(url.pathname);
    const docId = DocIdSchema.safeParse(decodeURIComponent(match?.[1] ?? ''));
    if (!docId.success) {
      refuse(socket, 404, 'Not Found');
      return;
    }
    deps.authorize({ docId: docId.data, token: url.searchParams.get('token') }).then(
      (access) => {
        if (access.release) {
          if (socket.destroyed) access.release();
          else socket.once('close', access.release);
        }
        const confirm = url.searchParams.get(CONFIRM_PARAM) === '1';
        // The 101 response and the greeting of a loaded room (sync step 1, presence) leave in one
        // write at the end of this tick, not one system call each.
        socket.cork();
        wss.handleUpgrade(req, socket, head, (ws) => {
          sockets.add(ws);
          serveConnection(ws, deps, docId.data, access, confirm, sockets);
        });
        process.nextTick(uncork, socket);
      },
      (error: unknown) => {
        if (error instanceof AppError) refuse(socket, error.status, error.message);
        else {
          deps.log.error({ docId: docId.data, err: error }, 'upgrade authorisation failed');
          refuse(socket, 500, 'Internal Server Error');
        }
      },
    );
  };

  server.on('upgrade', onUpgrade);
  return {
    stopAccepting() {
      accepting = false;
    },
    close() {
      server.off('upgrade', onUpgrade);
      for (const ws of sockets) ws.terminate();
      wss.close();
    },
  };
}

/**
 * Serves one upgraded connection. A function of its own, outside the upgrade handler: the closures
 * it leaves on the socket would otherwise keep the handler's whole scope for the connection's
 * lifetime, the HTTP request (headers, URL with the token) included: about 2 KB per connection.
 */
function serveConnection(
  ws: WebSocket,
  deps: YjsUpgradeDeps,
  docId: string,
  access: DocAccess,
  confirm: boolean,
  sockets: Set<WebSocket>,
): void {
  const handle = deps.rooms.connect(
    docId,
    {
      send: (data) => ws.send(data),
      close: (code, reason) => ws.close(code, reason),
    },
    {
      readOnly: () => access.readOnly(),
      bypassLock: access.bypassLock,
      role: access.role,
      kind: access.kind,
      programmeId: access.programmeId,
      confirm,
      label: access.label,
    },
  );
  const unwatch = access.watch?.((reason) => {
    deps.log.info({ docId, who: access.label, reason }, 'access ended; closing');
    handle.close(CloseCode.unauthorized);
  });
  ws.on('message', (data, isBinary) => {
    if (!isBinary || !Buffer.isBuffer(data)) {
      deps.log.warn({ docId, who: access.label }, 'closing connection: text frame');
      handle.close(CloseCode.badMessage);
      return;
    }
    // Before any full decode: Y.decodeUpdate alone of a costly update blocks for seconds.
    if (syncMessageOverBudget(data, deps.maxUpdateCost)) {
      deps.log.warn({ docId, who: access.label }, 'closing connection: update too costly');
      handle.close(CloseCode.updateTooCostly);
      return;
    }
    try {
      handle.receive(data);
    } catch (error) {
      deps.log.error({ docId, err: error }, 'closing connection: unexpected error');
      handle.close(CloseCode.internal);
    }
  });
  ws.on('error', (error) => {
    deps.log.warn({ docId, who: access.label, err: error.message }, 'websocket error');
  });
  ws.on('close', () => {
    sockets.delete(ws);
    unwatch?.();
    handle.closed();
  });
}

function uncork(socket: Duplex): void {
  socket.uncork();
}

function destroySocket(this: Duplex): void {
  this.destroy();
}

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${httpReason(status)}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

function httpReason(status: number): string {
  const reasons: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    413: 'Payload Too Large',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    503: 'Service Unavailable',
  };
  return reasons[status] ?? 'Error';
}
