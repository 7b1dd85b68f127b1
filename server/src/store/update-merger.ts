import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';

/**
 * Merges Yjs updates on a worker thread. Compacting a large or long log takes tens of milliseconds;
 * on the main thread that would stall every room of the node (fan-out, confirmations) meanwhile.
 */
export interface UpdateMerger {
  merge(parts: Uint8Array[]): Promise<Uint8Array>;
  /** Stops the worker; merges still running are rejected. */
  close(): Promise<void>;
}

// Plain CommonJS evaluated in the worker, so it runs the same from TypeScript sources (tests) and
// from the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Y = require(workerData.yjs);
parentPort.on('message', ({ id, parts }) => {
  try {
    parentPort.postMessage({ id, merged: Y.mergeUpdates(parts) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

interface Reply {
  id: number;
  merged?: Uint8Array;
  error?: string;
}

export function createUpdateMerger(): UpdateMerger {
  const waiting = new Map<number, { resolve: (u: Uint8Array) => void; reject: (e: Error) => void }>();
  let worker: Worker | null = null;
  // A machine where the worker cannot run still compacts, on the main thread.
  let inline = false;
  let nextId = 1;

  const failAll = (error: Error) => {
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    const yjs = createRequire(import.meta.url).resolve('yjs');
    const created = new Worker(WORKER_SOURCE, { eval: true, workerData: { yjs } });
    created.unref();
    created.on('message', (reply: Reply) => {
      const entry = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.merged) entry?.resolve(reply.merged);
      else entry?.reject(new Error(`merge failed: ${reply.error}`));
    });
    created.on('error', (error: Error) => {
      inline = true;
      failAll(error);
    });
    created.on('exit', () => {
      if (worker === created) worker = null;
      failAll(new Error('merge worker stopped'));
    });
    return created;
  };

  return {
    merge(parts) {
      if (inline) return Promise.resolve(Y.mergeUpdates(parts));
      worker ??= start();
      const id = nextId++;
      const running = worker;
      // A view on a larger buffer (e.g. a pooled Buffer) would send the whole buffer: copy it.
      const exact = parts.map((p) => (p.byteLength === p.buffer.byteLength ? p : p.slice()));
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        running.postMessage({ id, parts: exact });
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
      failAll(new Error('merger closed'));
    },
  };
}
