import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { track } from './procs.mjs';

const WORKER = fileURLToPath(new URL('../load/worker.mjs', import.meta.url));
const alive = new Set();

/** Kills every load worker still running (after a scenario timed out). */
export function killWorkers() {
  for (const child of alive) child.kill('SIGKILL');
}

/** Forks one load-generator process; `call(cmd, args)` runs a command in it and resolves its result. */
export function forkWorker() {
  const child = track(fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  alive.add(child);
  const waiting = new Map();
  let nextId = 1;
  child.on('message', ({ id, result, error }) => {
    const entry = waiting.get(id);
    if (!entry) return;
    waiting.delete(id);
    if (error) entry.reject(new Error(`load worker: ${error}`));
    else entry.resolve(result);
  });
  child.on('exit', (code) => {
    alive.delete(child);
    for (const entry of waiting.values()) entry.reject(new Error(`load worker exited (${code})`));
    waiting.clear();
  });
  return {
    call(cmd, args) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        child.send({ id, cmd, args });
      });
    },
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** `count` workers; `all(cmd, argsOf)` runs a command in each (argsOf(i) gives worker i's args). */
/** @param {number} count */
export function forkWorkers(count) {
  const workers = Array.from({ length: count }, forkWorker);
  return {
    workers,
    /** @type {(cmd: string, argsOf?: (i: number) => object) => Promise<any[]>} */
    all: (cmd, argsOf = () => ({})) => Promise.all(workers.map((w, i) => w.call(cmd, argsOf(i)))),
    stop: () => {
      for (const worker of workers) worker.stop();
    },
  };
}

/** Splits `items` round-robin into `parts` lists. */
/**
 * @template T
 * @param {T[]} items
 * @param {number} parts
 * @returns {T[][]}
 */
export function spread(items, parts) {
  /** @type {T[][]} */
  const lists = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => {
    lists[i % parts]?.push(item);
  });
  return lists;
}
