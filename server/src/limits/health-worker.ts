import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/** What the main thread gives the health worker. */
export interface HealthWorkerData {
  readonly port: number;
  readonly host: string;
  /** Slot 0: the main thread's last heartbeat (ms since the epoch), written every beat. */
  readonly heartbeat: SharedArrayBuffer;
  /** Main thread silent longer than this: not ready (take this node out of rotation). */
  readonly stallMs: number;
}

/**
 * Worker-thread health listener on its own port. It shares no event loop with the main thread, so
 * it answers while the main thread is stuck (SQLite on a frozen disk, a long synchronous task):
 * - `GET /healthz`: 200 while the process lives, with how long the main thread has been silent
 *   (restarting a process does not thaw a disk, so liveness does not fail on a stall);
 * - `GET /readyz`: 503 while the main thread has been silent longer than `stallMs`, else 200.
 */
const data = workerData as HealthWorkerData;
const beat = new BigInt64Array(data.heartbeat);

const server = http.createServer((request, response) => {
  const mainThreadSilentMs = Math.max(0, Date.now() - Number(Atomics.load(beat, 0)));
  const stalled = mainThreadSilentMs > data.stallMs;
  const path = (request.url ?? '/').split('?')[0];
  const [status, body] =
    path === '/healthz'
      ? [200, { ok: true, mainThreadSilentMs }]
      : path === '/readyz'
        ? [stalled ? 503 : 200, { ready: !stalled, mainThreadSilentMs }]
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
