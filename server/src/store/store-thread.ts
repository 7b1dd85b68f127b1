import { Worker } from 'node:worker_threads';
import { AppError, ErrorCode } from '../errors.js';

/**
 * A store on its own worker thread, driven by messages: the main thread posts `{ id, method, args }`
 * and the worker answers `{ id, value }` or `{ id, error }`. Why: better-sqlite3 is synchronous, and
 * a commit stuck on a frozen or failing disk used to stop the whole event loop (health answers,
 * sync of every room, reads of every programme). On its own thread, a stuck commit holds only the
 * calls queued behind it, and the main thread goes on serving what it has in memory.
 *
 * Durability is unchanged: a call resolves only when the worker's store resolved it (an append
 * after its transaction was committed with `synchronous = FULL`); calls queued while the worker
 * was busy reach its store together and are grouped into one commit by the store's own group commit.
 */

/** An error as it crosses a thread: what callers look at (`code` maps SQLITE_FULL etc. to 503). */
export interface ThreadError {
  readonly name: string;
  readonly message: string;
  readonly code?: string;
  /** An {@link AppError}'s details (plain data), so that it is rebuilt as one on the main thread. */
  readonly details?: unknown;
}

export type StoreRequest = { readonly id: number; readonly method: string; readonly args: unknown[] };
export type StoreReply =
  | { readonly id: number; readonly value: unknown }
  | { readonly id: number; readonly error: ThreadError }
  | { readonly log: 'warn' | 'error'; readonly obj: object; readonly msg: string }
  | { readonly ready: true }
  | { readonly ready: false; readonly error: ThreadError };

/** Asks the worker to start its heartbeat (see {@link StoreThread.watchHeartbeat}). */
export const BEAT_ON = 'beat-on';

/** Slot 0 of `heartbeat`: the worker's last beat (ms since the epoch); see the health thread. */
export interface StoreWorkerData<Options> {
  readonly options: Options;
  readonly heartbeat: SharedArrayBuffer;
}

export function toThreadError(error: unknown): ThreadError {
  const { name = 'Error', message = String(error), code } = (error ?? {}) as Partial<ThreadError>;
  if (error instanceof AppError) return { name, message, code: error.code, details: error.details };
  return typeof code === 'string' ? { name, message, code } : { name, message };
}

/**
 * The error on the calling thread. An application error (data of a newer format: 503 saying why)
 * comes back as an {@link AppError} with its code, so the HTTP layer answers it as it would have
 * on one thread; anything else as an `Error` carrying `name` and `code` (SQLITE_FULL…).
 */
export function fromThreadError(error: ThreadError): Error {
  const { code } = error;
  if (code !== undefined && Object.hasOwn(ErrorCode, code)) {
    const rebuilt = new AppError(code as keyof typeof ErrorCode, error.message, error.details);
    return Object.assign(rebuilt, { name: error.name });
  }
  return Object.assign(new Error(error.message), error);
}

/** The main thread's handle on a store worker. */
export interface StoreThread {
  /** Calls a method of the worker's store; `transfer`: buffers in `args` moved to it, not copied. */
  call<T>(method: string, args: unknown[], transfer?: ArrayBuffer[]): Promise<T>;
  /**
   * The worker's heartbeat, started by this call: it stops while the worker is stuck in a write
   * (see the health thread). Without a caller the worker does not beat at all.
   */
  watchHeartbeat(): SharedArrayBuffer;
  /** Calls the store's `close`, then ends the thread. */
  close(): Promise<void>;
}

/** Logs what the worker's store logs, on the main thread's logger. */
export interface StoreThreadLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Starts `entry` (a worker module that calls {@link serveStore}) and waits until its store is open. */
export function startStoreThread<Options>(
  entry: URL,
  options: Options,
  logger?: StoreThreadLogger,
): Promise<StoreThread> {
  const heartbeat = new SharedArrayBuffer(8);
  Atomics.store(new BigInt64Array(heartbeat), 0, BigInt(Date.now()));
  const data: StoreWorkerData<Options> = { options, heartbeat };
  const worker = new Worker(entry, { workerData: data });
  const waiting = new Map<number, { resolve: (value: never) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let gone: Error | null = null;
  const fail = (error: Error) => {
    gone ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: StoreReply) => {
      if ('log' in reply) return logger?.[reply.log](reply.obj, reply.msg);
      if ('ready' in reply) {
        if (!reply.ready) return reject(fromThreadError(reply.error));
        return resolve(handle);
      }
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(fromThreadError(reply.error));
      else pending?.resolve(reply.value as never);
    });
    worker.on('error', (error: Error) => {
      fail(error);
      reject(error);
    });
    worker.on('exit', () => {
      fail(new Error('the store thread has stopped'));
      reject(new Error('the store thread stopped before its store opened'));
    });
    let watched = false;
    const handle: StoreThread = {
      watchHeartbeat() {
        if (!watched && !gone) {
          watched = true;
          // Fresh now, so that the watcher does not see the time since the thread started as silence.
          Atomics.store(new BigInt64Array(heartbeat), 0, BigInt(Date.now()));
          worker.postMessage(BEAT_ON);
        }
        return heartbeat;
      },
      call<T>(method: string, args: unknown[], transfer: ArrayBuffer[] = []) {
        if (gone) return Promise.reject(gone);
        const id = nextId++;
        return new Promise<T>((done, failed) => {
          waiting.set(id, { resolve: done as (value: never) => void, reject: failed });
          worker.postMessage({ id, method, args } satisfies StoreRequest, transfer);
        });
      },
      async close() {
        if (gone) return;
        await handle.call('close', []).catch(() => undefined);
        gone = new Error('the store is closed');
        await worker.terminate();
      },
    };
  });
}

/** The heartbeats of those of `stores` that run on a thread of their own (for the health thread). */
export function storeHeartbeats(...stores: object[]): SharedArrayBuffer[] {
  return stores.flatMap((store) =>
    'watchHeartbeat' in store && typeof store.watchHeartbeat === 'function'
      ? [(store.watchHeartbeat as () => SharedArrayBuffer)()]
      : [],
  );
}
