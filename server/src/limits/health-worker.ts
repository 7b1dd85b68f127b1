import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** What the main thread gives the health worker. */
export interface HealthWorkerData {
  readonly port: number;
  readonly host: string;
  /** Slot 0: the main thread's last heartbeat (ms since the epoch), written every beat. */
  readonly heartbeat: SharedArrayBuffer;
  /** Slot 0 of each: a store thread's last heartbeat (see store/store-thread.ts). */
  readonly storeBeats: SharedArrayBuffer[];
  /** Main thread or a store thread silent longer than this: not ready (out of rotation). */
  readonly stallMs: number;
}

/**
 * Worker-thread health listener on its own port. It shares no event loop with the main thread, so
 * it answers while the main thread is stuck (SQLite on a frozen disk, a long synchronous task):
 * - `GET /healthz`: 200 while the process lives, with how long the main thread and the store
 *   threads have been silent
 *   (restarting a process does not thaw a disk, so liveness does not fail on a stall);
 * - `GET /readyz`: 503 while the main thread or a store thread (stuck in a write) has been silent
 *   longer than `stallMs`, else 200.
 */
const data = workerData as HealthWorkerData;
const beat = new BigInt64Array(data.heartbeat);
const storeBeats = data.storeBeats.map((buffer) => new BigInt64Array(buffer));
const silentMs = (beats: BigInt64Array) => Math.max(0, Date.now() - Number(Atomics.load(beats, 0)));

const server = http.createServer((request, response) => {
  const mainThreadSilentMs = silentMs(beat);
  const storeSilentMs = Math.max(0, ...storeBeats.map(silentMs));
  const stalled = Math.max(mainThreadSilentMs, storeSilentMs) > data.stallMs;
  const path = (request.url ?? '/').split('?')[0];
  const [status, body] =
    path === '/healthz'
      ? [200, { ok: true, mainThreadSilentMs, storeSilentMs }]
      : path === '/readyz'
        ? [stalled ? 503 : 200, { ready: !stalled, mainThreadSilentMs, storeSilentMs }]
        : [404, { error: 'not found' }];
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
});
server.listen(data.port, data.host, () => {
  const address = server.address();
  parentPort?.postMessage({ port: typeof address === 'object' && address ? address.port : data.port });
});
parentPort?.on('message', (message: unknown) => {
  if (message === 'close') server.close(() => process.exit(0));
});
