import { parentPort } from 'node:worker_threads';
import { transferList } from '../store/own-buffer.js';
import { type ImportJob, prepareImportBody } from './import-prepare.js';

// Worker-thread entry of an import (see import-runner.ts): one job, one answer, then the thread exits.
// The decoded states are transferred back, not copied: cloning tens of MB on the main thread stalls it.
parentPort?.once('message', (job: ImportJob) => {
  const outcome = prepareImportBody(job);
  const states = outcome.ok
    ? outcome.prepared.boards.flatMap((board) => [board.state, ...board.versions.map((v) => v.state)])
    : [];
  parentPort?.postMessage(outcome, transferList(states));
});
