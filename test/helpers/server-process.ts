import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from './wait.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const entry = path.join(root, 'server/dist/main.js');
const running = new Set<ChildProcess>();
/** What the start poll returns when the process closed before listening. */
const CLOSED = Symbol('closed');
/**
 * Data dirs this helper created. A restarted server (or one started again on the dir of an earlier
 * one) stops like the first: whichever stops it last removes the dir.
 */
const createdDirs = new Set<string>();
// A crashed test file must not leave servers (or their data dirs) behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
  for (const dir of createdDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** What a server process inherits from the test run: the run's marker and temporary folder. */
function inherited(): Record<string, string> {
  const out: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const name of ['MB_TEST_RUN', 'TMPDIR'] as const) {
    const value = process.env[name];
    if (value) out[name] = value;
  }
  return out;
}

export interface ServerProcess {
  /** The server's process id (to read its threads in /proc, say). */
  pid: number;
  port: number;
  httpUrl: string;
  /** Base URL for y-websocket providers: `${wsUrl}/<docId>`. */
  wsUrl: string;
  dataDir: string;
  logs: string[];
  /** Sends a signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  /** Starts again with the same environment and data dir (a new port unless one was fixed). */
  restart(): Promise<ServerProcess>;
  /** Kills it (if running) and removes its data dir when this helper created that dir. */
  stop(): Promise<void>;
}

/**
 * Starts the built server (`server/dist/main.js`, from `npm run build`) as a real process on a free
 * port, and waits until it listens.
 */
export async function startServer(
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<ServerProcess> {
  if (!fs.existsSync(entry)) throw new Error(`${entry} is missing: run npm run build first`);
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mb-server-'));
  if (!dataDir) createdDirs.add(dir);
  const fullEnv = { PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test', DATA_DIR: dir, ...env };
  const logs: string[] = [];
  const child = spawn(process.execPath, [entry], {
    env: { ...inherited(), ...fullEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString();
    let at = buffer.indexOf('\n');
    while (at !== -1) {
      logs.push(buffer.slice(0, at));
      buffer = buffer.slice(at + 1);
      at = buffer.indexOf('\n');
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  // A server that exits before listening fails the start at once (once all its output is read),
  // rather than being polled for until the time-out.
  let closed = false;
  child.once('close', () => {
    closed = true;
  });
  const listening = async () => {
    const found = await waitFor(
      () => {
        for (const line of logs) {
          if (line.includes('server listening')) return JSON.parse(line).address as string;
        }
        return closed ? CLOSED : undefined;
      },
      // Patient: on a busy shared machine a cold start can take tens of seconds.
      { timeoutMs: 60_000, what: 'server to listen' },
    );
    if (found === CLOSED) throw new Error(`server exited (${exitCode}) before listening`);
    return found;
  };
  const address = await listening().catch(async (error: Error) => {
    child.kill('SIGKILL');
    await exited;
    if (!dataDir) {
      createdDirs.delete(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    throw new Error(`${error.message}\n${logs.join('\n')}`);
  });
  const port = Number(new URL(address).port);
  const server: ServerProcess = {
    pid: child.pid ?? 0,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    dataDir: dir,
    logs,
    async kill(signal = 'SIGKILL') {
      if (exitCode === undefined) child.kill(signal);
      return exited;
    },
    restart: () => startServer(env, dir),
    async stop() {
      if (exitCode === undefined) child.kill('SIGKILL');
      await exited;
      if (createdDirs.delete(dir)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
