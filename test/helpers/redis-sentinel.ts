import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { askSentinel } from '../../server/src/redis/sentinel-gateway.js';
import { answersPing, freePort, type RedisServer, startRedis } from './redis-server.js';

/** A primary, one replica and three sentinels (quorum 2) watching them, as separate processes. */
export interface SentinelSet {
  /** The primary at start (after a failover, a replica). */
  primary: RedisServer;
  replica: RedisServer;
  /** `host:port` of each sentinel, for REDIS_SENTINELS. */
  sentinels: string;
  name: string;
  /** The port of the instance most sentinels currently name as primary. */
  primaryPort(): Promise<number | null>;
  /** Stops every process and removes every directory. */
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

async function startSentinel(dir: string, index: number, primaryPort: number, name: string) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const port = await freePort();
    const file = join(dir, `sentinel-${index}.conf`);
    // A failover 1 s after the primary stops answering; the rest is Redis' default.
    await writeFile(
      file,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${name} 127.0.0.1 ${primaryPort} 2`,
        `sentinel down-after-milliseconds ${name} 1000`,
        `sentinel failover-timeout ${name} 5000`,
        `sentinel parallel-syncs ${name} 1`,
        '',
      ].join('\n'),
    );
    const child = spawn('redis-server', [file, '--sentinel'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', () => children.delete(child));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
      if (await answersPing(port)) return { port, child };
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (!exited) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    if (!output.includes('Address already in use'))
      throw new Error(`redis sentinel did not start:\n${output}`);
  }
  throw new Error('redis sentinel: no free port after 6 attempts');
}

/** One question to a sentinel over a raw connection (no client library in the way). */
async function askPrimary(port: number, name: string): Promise<number | null> {
  return (await askSentinel({ host: '127.0.0.1', port }, name))?.port ?? null;
}

/**
 * Starts a primary (`appendfsync always`, `min-replicas-to-write 1`), a replica of it and three
 * sentinels, and waits until every sentinel has seen the replica (a failover needs it).
 */
export async function startSentinelSet(name = 'mb-primary'): Promise<SentinelSet> {
  const primary = await startRedis({
    appendfsync: 'always',
    args: ['--min-replicas-to-write', '1', '--min-replicas-max-lag', '10'],
  });
  const replica = await startRedis({
    appendfsync: 'always',
    args: ['--replicaof', '127.0.0.1', String(primary.port)],
  });
  const dir = await mkdtemp(join(tmpdir(), 'redis-sentinel-'));
  const sentinels: Array<{ port: number; child: ChildProcess }> = [];
  const stop = async () => {
    await Promise.all(
      sentinels.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGKILL');
        await exited;
      }),
    );
    await Promise.all([primary.stop(), replica.stop()]);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < 3; i++) sentinels.push(await startSentinel(dir, i, primary.port, name));
    await waitForReplicaSeen(
      sentinels.map((s) => s.port),
      name,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    primary,
    replica,
    sentinels: sentinels.map(({ port }) => `127.0.0.1:${port}`).join(','),
    name,
    async primaryPort() {
      const answers = await Promise.all(sentinels.map(({ port }) => askPrimary(port, name)));
      const counts = new Map<number, number>();
      for (const port of answers) if (port !== null) counts.set(port, (counts.get(port) ?? 0) + 1);
      const best = [...counts].sort((a, b) => b[1] - a[1])[0];
      return best && best[1] >= 2 ? best[0] : null;
    },
    stop,
  };
}

/** `SENTINEL replicas <name>` on each sentinel until each lists one replica. */
async function waitForReplicaSeen(ports: number[], name: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (const port of ports) {
    const client = createClient({ socket: { host: '127.0.0.1', port, reconnectStrategy: false } });
    client.on('error', () => undefined);
    await client.connect();
    try {
      for (;;) {
        const replicas = await client.sendCommand(['SENTINEL', 'REPLICAS', name]);
        if (Array.isArray(replicas) && replicas.length > 0) break;
        if (Date.now() > deadline) throw new Error(`sentinel on ${port} never saw the replica`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      client.destroy();
    }
  }
}
