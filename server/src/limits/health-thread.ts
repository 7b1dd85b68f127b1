import { Worker } from 'node:worker_threads';
import type { HealthWorkerData } from './health-worker.js';

/** How often the main thread proves it is running. */
const BEAT_MS = 100;

export interface HealthThread {
  /** The port the health listener took (the one asked for, or a free one for 0). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts the health listener on a worker thread (see health-worker.ts) and the main thread's
 * heartbeat it reads. The heartbeat is a timer of the main event loop: when a long synchronous task
 * blocks that loop, the beat stops and the worker, still answering, says so. The store threads beat
 * the same way: SQLite stuck on a frozen disk stops their beat, not the main thread's.
 */
export function startHealthThread(options: {
  port: number;
  host: string;
  stallMs: number;
  /** Heartbeats of the store threads (see store/store-thread.ts): a store stuck in a write is not ready. */
  storeBeats?: SharedArrayBuffer[];
}): Promise<HealthThread> {
  const heartbeat = new SharedArrayBuffer(8);
  const beat = new BigInt64Array(heartbeat);
  const touch = () => Atomics.store(beat, 0, BigInt(Date.now()));
  touch();
  const timer = setInterval(touch, BEAT_MS);
  timer.unref();
  const data: HealthWorkerData = { ...options, heartbeat, storeBeats: options.storeBeats ?? [] };
  const worker = new Worker(new URL('./health-worker.js', import.meta.url), { workerData: data });
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    worker.once('message', ({ port }: { port: number }) =>
      resolve({
        port,
        close: async () => {
          clearInterval(timer);
          worker.postMessage('close');
          await new Promise((done) => worker.once('exit', done));
        },
      }),
    );
  });
}
