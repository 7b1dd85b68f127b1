import net from 'node:net';
import { letTimePass } from './wait.js';

export interface TcpProxy {
  port: number;
  url: string;
  /** Drops every connection and refuses new ones for `ms`, like a network cut. */
  cut(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** A loopback TCP proxy to `targetPort`, to cut one process's connection to Redis in tests. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async cut(ms) {
      open = false;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await letTimePass(ms); // the outage itself
      open = true;
    },
    async close() {
      open = false;
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
