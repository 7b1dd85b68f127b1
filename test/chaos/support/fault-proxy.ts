import net from 'node:net';

/** What the proxy does to the traffic between a node and Redis. */
export type ProxyMode =
  | { kind: 'pass' }
  /** Each chunk is held this long before it is forwarded (both ways). */
  | { kind: 'delay'; ms: number }
  /** Connections stay open but nothing is forwarded until the mode changes (a stalled network). */
  | { kind: 'pause' }
  /** Every connection is dropped and new ones are refused (a cut cable, a closed port). */
  | { kind: 'cut' };

export interface FaultProxy {
  port: number;
  url: string;
  /** Sets what happens from now on; leaving `pause` forwards what was held, in order. */
  set(mode: ProxyMode): void;
  readonly mode: ProxyMode;
  close(): Promise<void>;
}

interface Pipe {
  from: net.Socket;
  to: net.Socket;
  /** Chunks held while paused or delayed, in arrival order. */
  queue: Buffer[];
  flushing: boolean;
}

/**
 * A small loopback TCP proxy in front of `targetPort` (node:net only) that can pass, delay, pause and
 * cut the traffic, so the chaos suite can fail the network between a node and Redis without root.
 */
export async function startFaultProxy(targetPort: number): Promise<FaultProxy> {
  let mode: ProxyMode = { kind: 'pass' };
  const sockets = new Set<net.Socket>();
  const pipes = new Set<Pipe>();

  // Forwards queued chunks one by one, honouring the delay; stops while paused.
  const flush = (pipe: Pipe) => {
    if (pipe.flushing) return;
    pipe.flushing = true;
    const step = () => {
      if (mode.kind === 'pause' || mode.kind === 'cut' || pipe.queue.length === 0) {
        pipe.flushing = false;
        return;
      }
      const chunk = pipe.queue.shift() as Buffer;
      const send = () => {
        if (!pipe.to.destroyed) pipe.to.write(chunk);
        step();
      };
      if (mode.kind === 'delay') setTimeout(send, mode.ms);
      else send();
    };
    step();
  };

  const server = net.createServer((client) => {
    if (mode.kind === 'cut') {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const both: Pipe[] = [
      { from: client, to: upstream, queue: [], flushing: false },
      { from: upstream, to: client, queue: [], flushing: false },
    ];
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
      for (const pipe of both) pipes.delete(pipe);
    };
    for (const pipe of both) {
      pipes.add(pipe);
      pipe.from.on('data', (chunk: Buffer) => {
        pipe.queue.push(chunk);
        flush(pipe);
      });
      pipe.from.on('error', drop).on('close', drop);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const dropAll = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
    pipes.clear();
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get mode() {
      return mode;
    },
    set(next) {
      mode = next;
      if (next.kind === 'cut') dropAll();
      else for (const pipe of pipes) flush(pipe);
    },
    async close() {
      mode = { kind: 'cut' };
      dropAll();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
