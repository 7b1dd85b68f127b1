import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, sleep, spawnProcess } from './procs.mjs';

/** Throws a clear message when redis-server is not installed. */
export function assertRedisInstalled() {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  if (probe.error) {
    throw new Error(
      'redis-server not found: install the Debian package redis-server (apt-get install redis-server)',
    );
  }
}

function answersPing(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
    socket.on('error', () => done(false));
  });
}

/**
 * Starts a redis-server on a free loopback port with AOF and `appendfsync always`, the setting under
 * which an acknowledged write survives a crash (what our server's confirmations rely on).
 */
export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-redis-'));
  const port = await freePort();
  const proc = spawnProcess('redis-server', [
    ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
    ...['--appendonly', 'yes', '--appendfsync', 'always', '--protected-mode', 'no'],
  ]);
  const deadline = Date.now() + 10_000;
  while (!(await answersPing(port))) {
    if (!proc.running() || Date.now() > deadline) {
      await proc.kill();
      throw new Error(`redis-server did not start:\n${proc.logs()}`);
    }
    await sleep(25);
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid: proc.pid,
    async stop() {
      await proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Redis's own counters from `INFO stats` (commands processed, bytes in and out), read over a raw socket
 * so the bench needs no Redis client: the difference of two readings is what a run cost Redis.
 * @param {string} url redis://host:port
 * @returns {Promise<{ commands: number, netInBytes: number, netOutBytes: number }>}
 */
export function redisStats(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: hostname, port: Number(port) });
    let reply = '';
    socket.setTimeout(5_000, () => {
      socket.destroy();
      reject(new Error('INFO stats timed out'));
    });
    socket.on('connect', () => socket.write('INFO stats\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      // A bulk string: $<length>\r\n<body>\r\n; done once the whole body is in.
      const header = reply.indexOf('\r\n');
      const length = Number(reply.slice(1, header));
      if (header < 0 || reply.length < header + 2 + length) return;
      socket.destroy();
      const field = (name) => Number(new RegExp(`^${name}:(\\d+)`, 'm').exec(reply)?.[1] ?? Number.NaN);
      resolve({
        commands: field('total_commands_processed'),
        netInBytes: field('total_net_input_bytes'),
        netOutBytes: field('total_net_output_bytes'),
      });
    });
    socket.on('error', reject);
  });
}
