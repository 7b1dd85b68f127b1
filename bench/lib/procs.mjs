import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** Every child process the bench started; all are killed on exit, Ctrl-C or a crash. */
const children = new Set();

export function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

let hooked = false;
/** Installs the exit hooks once: no server or load generator outlives the bench. */
export function installCleanup() {
  if (hooked) return;
  hooked = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** A free loopback TCP port (closed again before it is returned). */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * Spawns a long-running process, keeps its last output lines for error messages, and returns a
 * handle with `pid`, `logs()`, `kill(signal)` (waits for exit) and `exited`.
 */
/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 */
export function spawnProcess(command, args, { env = {}, cwd } = {}) {
  const child = track(
    spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const lines = [];
  const keep = (chunk) => {
    if (process.env.BENCH_ECHO) process.stderr.write(chunk); // to watch a server while debugging
    for (const line of chunk.toString().split('\n')) {
      if (line) lines.push(line);
      if (lines.length > 200) lines.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return {
    child,
    pid: child.pid,
    exited,
    logs: () => lines.join('\n'),
    running: () => child.exitCode === null && child.signalCode === null,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitUntil(check, { timeoutMs = 20_000, intervalMs = 50, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * Waits until an HTTP GET on `url` answers (any status), while `proc` keeps running. Patient: at a
 * load average of 25 on 2 cores our server's cold start passed 30 s.
 */
export async function waitHttp(url, proc, timeoutMs = 90_000) {
  await waitUntil(
    async () => {
      if (!proc.running()) throw new Error(`process exited before listening:\n${proc.logs()}`);
      try {
        await fetch(url, { signal: AbortSignal.timeout(1_000) });
        return true;
      } catch {
        return false;
      }
    },
    { timeoutMs, intervalMs: 100, what: url },
  ).catch((error) => {
    throw new Error(`${error.message}\n${proc.logs()}`);
  });
}
