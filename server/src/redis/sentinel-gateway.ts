import { createConnection, createServer, type Socket } from 'node:net';
import type { Logger } from '../log.js';

/** A Redis instance's address. */
export interface RedisAddress {
  host: string;
  port: number;
}

/** Options of {@link startSentinelGateway}. */
export interface SentinelGatewayOptions {
  sentinels: RedisAddress[];
  /** The primary's name in the sentinels' configuration. */
  name: string;
  log: Logger;
  /** How often the sentinels are asked (default 250 ms). */
  pollMs?: number;
  /** How long boot waits for a sentinel to name the primary (default 10 s). */
  bootTimeoutMs?: number;
}

/** A loopback port that always leads to the primary the sentinels name. */
export interface SentinelGateway {
  port: number;
  /** The primary connections currently go to. */
  primary(): RedisAddress;
  close(): Promise<void>;
}

const ASK_TIMEOUT_MS = 1_000;

/** One `SENTINEL get-master-addr-by-name` over a fresh connection; null when unknown or unreachable. */
export function askSentinel(sentinel: RedisAddress, name: string): Promise<RedisAddress | null> {
  return new Promise((resolve) => {
    const socket = createConnection(sentinel);
    let reply = '';
    const done = (address: RedisAddress | null) => {
      socket.destroy();
      resolve(address);
    };
    socket.setTimeout(ASK_TIMEOUT_MS, () => done(null));
    socket.on('error', () => done(null));
    socket.on('connect', () => {
      const args = ['SENTINEL', 'get-master-addr-by-name', name];
      socket.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`);
    });
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString('utf8');
      if (/^[-_]|^\*-1\r\n/.test(reply)) return done(null);
      const match = /^\*2\r\n\$\d+\r\n(.+?)\r\n\$\d+\r\n(\d+)\r\n/.exec(reply);
      if (match) done({ host: match[1] ?? '', port: Number(match[2]) });
    });
  });
}

/** The address most sentinels name (a sentinel that has not yet seen a failover is outvoted). */
async function askSentinels(sentinels: RedisAddress[], name: string): Promise<RedisAddress | null> {
  const answers = await Promise.all(sentinels.map((sentinel) => askSentinel(sentinel, name)));
  const votes = new Map<string, { address: RedisAddress; count: number }>();
  for (const address of answers) {
    if (!address) continue;
    const key = `${address.host}:${address.port}`;
    const entry = votes.get(key) ?? { address, count: 0 };
    entry.count += 1;
    votes.set(key, entry);
  }
  let best: { address: RedisAddress; count: number } | null = null;
  for (const entry of votes.values()) if (!best || entry.count > best.count) best = entry;
  return best?.address ?? null;
}

const same = (a: RedisAddress, b: RedisAddress) => a.host === b.host && a.port === b.port;

/**
 * Follows a Sentinel-managed primary for every Redis client of this process. Clients connect to a
 * loopback port; each connection is piped to the primary the sentinels name at that moment. When
 * the sentinels name another primary (a failover), every piped connection is closed, so each client
 * reconnects through its own reconnect strategy and lands on the new primary. Doing it below the
 * client keeps every client kind the server uses (duplicates, blocking stream reads, pub/sub, the
 * socket.io adapter) unchanged.
 */
export async function startSentinelGateway(options: SentinelGatewayOptions): Promise<SentinelGateway> {
  const pollMs = options.pollMs ?? 250;
  const deadline = Date.now() + (options.bootTimeoutMs ?? 10_000);
  let primary = await askSentinels(options.sentinels, options.name);
  while (!primary) {
    if (Date.now() > deadline) {
      throw new Error(`no Redis Sentinel named a primary for "${options.name}" (REDIS_SENTINELS)`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    primary = await askSentinels(options.sentinels, options.name);
  }
  let current: RedisAddress = primary;
  options.log.info({ primary: current }, 'redis sentinel: primary found');
  const pipes = new Set<{ client: Socket; upstream: Socket }>();
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let asking = false;

  const poll = async () => {
    if (asking || closed) return;
    asking = true;
    try {
      const named = await askSentinels(options.sentinels, options.name);
      if (named && !same(named, current) && !closed) {
        options.log.warn({ from: current, to: named }, 'redis sentinel: primary changed; reconnecting');
        current = named;
        for (const pipe of pipes) {
          pipe.client.destroy();
          pipe.upstream.destroy();
        }
      }
    } finally {
      asking = false;
    }
  };
  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => {
      poll().finally(schedule);
    }, pollMs);
    timer.unref();
  };

  const server = createServer((client) => {
    if (closed) {
      client.destroy();
      return;
    }
    const upstream = createConnection(current);
    const pipe = { client, upstream };
    pipes.add(pipe);
    const drop = () => {
      pipes.delete(pipe);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    // Refused or cut: maybe a failover the sentinels already know of; ask now, not at the next tick.
    upstream.on('error', () => void poll()).on('close', drop);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  server.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  server.unref();
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('sentinel gateway: no port');
  schedule();

  return {
    port: address.port,
    primary: () => current,
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearTimeout(timer);
      for (const pipe of pipes) {
        pipe.client.destroy();
        pipe.upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
