import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.js';
import { transferList } from '../store/own-buffer.js';
import type { PreparedImport, PrepareLimits } from './import.js';
import { type ImportJob, type ImportOutcome, prepareImportBody } from './import-prepare.js';

const WORKER_URL = new URL('./import-worker.js', import.meta.url);

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
  const job: ImportJob = { body, limits };
  // Run from the TypeScript sources (tests through app.inject) there is no built worker file: the
  // same preparation then runs on this thread.
  if (!fs.existsSync(fileURLToPath(WORKER_URL))) return settleOutcome(prepareImportBody(job));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // Handed over, not copied: a 50 MB body cloned on this thread would stall it for a while.
    worker.postMessage(job, transferList([body]));
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

function settleOutcome(outcome: ImportOutcome): Promise<PreparedImport> {
  return outcome.ok
    ? Promise.resolve(outcome.prepared)
    : Promise.reject(new AppError(outcome.code, outcome.message, outcome.details));
}
