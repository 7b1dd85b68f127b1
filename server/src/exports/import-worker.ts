import { parentPort } from 'node:worker_threads';
import { IMPORT_THREAD_NICE, lowerThreadPriority } from '../limits/thread-priority.js';
import { transferList } from '../store/own-buffer.js';
import { type ImportJob, prepareImportBody } from './import-prepare.js';

// Worker-thread entry of an import (see import-runner.ts): one job, one answer, then the thread exits.
// The decoded states are transferred back, not copied: cloning tens of MB on the main thread stalls it.
// Parsing 50 MB is seconds of CPU: at a lower priority it leaves the cores to the main thread
// (sync, /healthz) when both want them (see limits/thread-priority.ts).
lowerThreadPriority(IMPORT_THREAD_NICE);
parentPort?.once('message', (job: ImportJob) => {
  const outcome = prepareImportBody(job);
  const states = outcome.ok
    ? outcome.prepared.boards.flatMap((board) => [board.state, ...board.versions.map((v) => v.state)])
    : [];
  parentPort?.postMessage(outcome, transferList(states));
});
