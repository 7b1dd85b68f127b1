import { parentPort, workerData } from 'node:worker_threads';
import { transferList } from './own-buffer.js';
import {
  BEAT_ON,
  type StoreReply,
  type StoreRequest,
  type StoreThreadLogger,
  type StoreWorkerData,
  toThreadError,
} from './store-thread.js';

/**
 * Methods whose result the store reads fresh for each call and keeps no reference to: their bytes
 * are moved to the main thread, not copied. A cold load of a 1 MB board otherwise copied the
 * snapshot once more on each side of the post (serialize here, deserialize on the main thread).
 */
const FRESH_BYTES = new Set(['load', 'loadVersion']);

/** The buffers of a fresh result that can be moved (see {@link FRESH_BYTES}). */
function resultTransfer(method: string, value: unknown): ArrayBuffer[] {
  if (!FRESH_BYTES.has(method)) return [];
  if (value instanceof Uint8Array) return transferList([value]);
  if (Array.isArray(value) && value.every((item) => item instanceof Uint8Array)) return transferList(value);
  return [];
}

/** How often the worker proves it is not stuck in a write. */
const BEAT_MS = 100;

type Methods = Record<string, unknown>;

/**
 * The worker side of {@link startStoreThread}: opens the store with the options the main thread
 * gave and answers each call with what the store's method resolved to. Calls are handed to the
 * store as they arrive, without waiting for earlier ones: the store's own group commit then puts
 * every append that arrived during one commit into the next one.
 */
export function serveStore<Options>(open: (options: Options, logger: StoreThreadLogger) => Promise<object>) {
  const port = parentPort;
  if (!port) return;
  const data = workerData as StoreWorkerData<Options>;
  const beat = new BigInt64Array(data.heartbeat);
  // A timer of this thread's loop: it stops while a synchronous SQLite call blocks the thread.
  // Started only once a health listener reads it (StoreThread.watchHeartbeat): an idle server
  // without one does not wake this thread ten times a second for nothing.
  let timer: NodeJS.Timeout | undefined;
  const startBeat = () => {
    if (timer) return;
    Atomics.store(beat, 0, BigInt(Date.now()));
    timer = setInterval(() => Atomics.store(beat, 0, BigInt(Date.now())), BEAT_MS);
  };
  port.on('message', (message: StoreRequest | typeof BEAT_ON) => {
    if (message === BEAT_ON) startBeat();
  });
  const post = (reply: StoreReply, transfer: ArrayBuffer[] = []) => {
    if (transfer.length === 0) return port.postMessage(reply);
    try {
      port.postMessage(reply, transfer);
    } catch {
      port.postMessage(reply); // a buffer that cannot move (external memory) is copied instead
    }
  };
  const logger: StoreThreadLogger = {
    warn: (obj, msg) => post({ log: 'warn', obj: plain(obj), msg }),
    error: (obj, msg) => post({ log: 'error', obj: plain(obj), msg }),
  };
  open(data.options, logger).then(
    (store) => {
      const methods = store as Methods;
      port.on('message', (message: StoreRequest | typeof BEAT_ON) => {
        if (message === BEAT_ON) return;
        const { id, method, args } = message;
        const fn = methods[method];
        if (typeof fn !== 'function') {
          post({ id, error: { name: 'Error', message: `no store method ${method}` } });
          return;
        }
        if (method === 'close') clearInterval(timer);
        Promise.resolve()
          .then(() => fn.apply(store, args))
          .then(
            (value: unknown) => post({ id, value }, resultTransfer(method, value)),
            (error: unknown) => post({ id, error: toThreadError(error) }),
          );
      });
      post({ ready: true });
    },
    (error: unknown) => {
      clearInterval(timer);
      post({ ready: false, error: toThreadError(error) });
    },
  );
}

// Log objects cross the thread by structured clone: errors inside them become plain data first.
function plain(obj: object): object {
  return Object.fromEntries(
    Object.entries(obj).map(([key, value]) => [key, value instanceof Error ? toThreadError(value) : value]),
  );
}
