import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server child process for tests. */
export interface RedisServer {
  port: number;
  url: string;
  /** Data directory (AOF lives here). */
  dir: string;
  /** Kills the process (default SIGKILL, i.e. a crash) and waits for it to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /**
   * Starts it again on the same port and directory, so AOF data survives; kills it first if running.
   * `args` are added to the first start's (e.g. `--replicaof` to bring an old primary back as a replica).
   */
  restart(args?: string[]): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open, nothing is answered. */
  pause(): void;
  /** Lets a paused process go on (SIGCONT). */
  resume(): void;
  /** Kills the process and removes the data directory. */
  stop(): Promise<void>;
}

/** Options of {@link startRedis}. */
export interface StartRedisOptions {
  /** Default `always`: every acknowledged write is fsynced. */
  appendfsync?: 'always' | 'everysec';
  /** Default true. */
  appendonly?: boolean;
  /** How long to wait for PING to answer (default 10 s). */
  timeoutMs?: number;
  /** More redis-server arguments (e.g. `--min-replicas-to-write 1`); `() =>` to name the port itself. */
  args?: string[] | ((port: number) => string[]);
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

// A test run that crashes or forgets stop() must not leave redis-servers behind.
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of children) child.kill('SIGKILL');
  });
}

function assertRedisInstalled() {
  const probe = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  if (probe.error) {
    throw new Error(
      'redis-server not found: install the Debian package redis-server (npm test installs it when run as root)',
    );
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}

/** True once something on the port answers PING with +PONG. */
export function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
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

/** Starts redis-server on a free loopback port in a fresh temp directory and waits until it answers. */
export async function startRedis(options: StartRedisOptions = {}): Promise<RedisServer> {
  assertRedisInstalled();
  installExitHook();
  const dir = await mkdtemp(join(tmpdir(), 'redis-test-'));
  const timeoutMs = options.timeoutMs ?? 10_000;
  let child: ChildProcess | undefined;
  let port = 0;

  let extraArgs: string[] = [];
  const launch = async (): Promise<boolean> => {
    const args = [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
      ...['--appendonly', options.appendonly === false ? 'no' : 'yes'],
      ...['--appendfsync', options.appendfsync ?? 'always', '--protected-mode', 'no'],
      ...(typeof options.args === 'function' ? options.args(port) : (options.args ?? [])),
      ...extraArgs,
    ];
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    children.add(proc);
    let output = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    proc.on('exit', () => children.delete(proc));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        // Someone else took the port between our probe and redis binding it: try another.
        if (output.includes('Address already in use')) return false;
        throw new Error(`redis-server exited early:\n${output}`);
      }
      if (await answersPing(port)) return true;
      await new Promise((r) => setTimeout(r, 25));
    }
    proc.kill('SIGKILL');
    throw new Error(`redis-server did not answer PING within ${timeoutMs} ms:\n${output}`);
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = once(proc, 'exit');
    proc.kill(signal);
    await exited;
  };

  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    if (await launch()) break;
    if (attempt >= 5) throw new Error('redis-server: no free port after 6 attempts');
  }

  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    dir,
    kill,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    async restart(args = []) {
      await kill('SIGKILL');
      extraArgs = args;
      if (!(await launch())) throw new Error(`redis-server: port ${port} taken on restart`);
    },
    async stop() {
      await kill('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
