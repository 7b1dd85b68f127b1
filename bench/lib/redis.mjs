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
