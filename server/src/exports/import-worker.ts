import { parentPort } from 'node:worker_threads';
import { type ImportJob, prepareImportBody } from './import-prepare.js';
import { ownBuffer } from './import-runner.js';

// Worker-thread entry of an import (see import-runner.ts): one job, one answer, then the thread exits.
// The decoded states are transferred back, not copied: cloning tens of MB on the main thread stalls it.
parentPort?.once('message', (job: ImportJob) => {
  const outcome = prepareImportBody(job);
  const states = outcome.ok
    ? outcome.prepared.boards.flatMap((board) => [board.state, ...board.versions.map((v) => v.state)])
    : [];
  const transfer = [...new Set(states.filter(ownBuffer).map((state) => state.buffer as ArrayBuffer))];
  parentPort?.postMessage(outcome, transfer);
});
