import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import type { PreparedImport, PrepareLimits } from './import.js';
import type { ImportJob, ImportOutcome } from './import-worker.js';

/** Heap of one import worker: several times the largest body (50 MB), well under a node's memory. */
const WORKER_HEAP_MB = 1024;
/** An import still preparing after this long is stopped (its slot must come back). */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * Prepares an import (see `prepareImport`) on a fresh worker thread, one per import: the main
 * thread keeps answering meanwhile, and everything the import parsed is freed when the worker
 * exits (a long-lived worker, or the main heap, kept hundreds of MB after a large body).
 */
export function prepareInWorker(body: Uint8Array, limits: PrepareLimits): Promise<PreparedImport> {
  return new Promise((resolve, reject) => {
    const job: ImportJob = { body, limits };
    const worker = new Worker(new URL('./import-worker.js', import.meta.url), {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new AppError('unavailable', 'the import took too long; try again later'))),
      WORKER_TIMEOUT_MS,
    );
    worker.once('message', (outcome: ImportOutcome) =>
      settle(() =>
        outcome.ok
          ? resolve(outcome.prepared)
          : reject(new AppError(outcome.code, outcome.message, outcome.details)),
      ),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('tooLarge', 'the import needs more memory than one import may use')
            : error,
        ),
      ),
    );
    worker.once('exit', () =>
      settle(() => reject(new AppError('internal', 'the import worker stopped without an answer'))),
    );
  });
}
