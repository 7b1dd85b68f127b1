import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../log.js';

/**
 * Caps open TCP connections per client address: past `max`, a new connection is closed at once,
 * before any byte of it is read, so that one address cannot take every file descriptor. Exempt
 * peers (trusted proxies) carry many clients' connections. Returns a function that detaches it.
 */
export function capConnectionsPerAddress(
  server: Server,
  options: { max: number; exempt: (address: string) => boolean; log: Logger },
): () => void {
  if (options.max <= 0) return () => undefined;
  const open = new Map<string, number>();
  const onConnection = (socket: Socket) => {
    const address = socket.remoteAddress;
    if (!address || options.exempt(address)) return;
    const count = (open.get(address) ?? 0) + 1;
    if (count > options.max) {
      // Logged once per burst: when the address first reaches the cap.
      if (count === options.max + 1) {
        options.log.warn(
          { address, max: options.max },
          'too many connections from one address; refusing more',
        );
      }
      open.set(address, count);
      socket.once('close', () => release(address));
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => release(address));
  };
  const release = (address: string) => {
    const count = (open.get(address) ?? 1) - 1;
    if (count <= 0) open.delete(address);
    else open.set(address, count);
  };
  // Before Node's own listener, so that a refused socket never reaches the HTTP parser.
  server.prependListener('connection', onConnection);
  return () => server.off('connection', onConnection);
}
