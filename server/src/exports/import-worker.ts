import { parentPort, workerData } from 'node:worker_threads';
import { type ImportJob, prepareImportBody } from './import-prepare.js';

// Worker-thread entry of an import (see import-runner.ts): one job, one answer, then the thread exits.
if (parentPort) parentPort.postMessage(prepareImportBody(workerData as ImportJob));
