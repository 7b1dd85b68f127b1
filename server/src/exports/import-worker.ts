import { parentPort, workerData } from 'node:worker_threads';
import { ImportRequestSchema } from '@mentoring/shared/schema/exports';
import { AppError } from '../errors.js';
import { illFormedPath } from '../unicode.js';
import { type PreparedImport, type PrepareLimits, prepareImport } from './import.js';

/**
 * Worker-thread entry of an import: parses the body (JSON, then zod), decodes and bounds every Yjs
 * state, and posts back the prepared boards. Off the main thread so that a 50 MB body never stalls
 * sync, health answers or other requests, and so that its memory is returned when the worker exits.
 */
export interface ImportJob {
  readonly body: Uint8Array;
  readonly limits: PrepareLimits;
}

/** What the worker posts back: the prepared import, or the refusal to rethrow as an AppError. */
export type ImportOutcome =
  | { readonly ok: true; readonly prepared: PreparedImport }
  | {
      readonly ok: false;
      readonly code: AppError['code'];
      readonly message: string;
      readonly details?: unknown;
    };

function run(job: ImportJob): ImportOutcome {
  try {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(job.body.buffer, job.body.byteOffset, job.body.length).toString('utf8'));
    } catch {
      throw new AppError('badRequest', 'invalid body: not JSON');
    }
    // The route's well-formed-text hook sees only bytes here, so the parsed body is checked the same way.
    const illFormed = illFormedPath(json);
    if (illFormed !== null) {
      throw new AppError('badRequest', 'text must be well-formed Unicode (it holds a lone surrogate)', {
        issues: [
          { code: 'invalid_unicode', path: ['body', ...illFormed.split('.')], message: 'lone surrogate' },
        ],
      });
    }
    const input = ImportRequestSchema.safeParse(json);
    if (!input.success) {
      const issues = input.error.issues.map(({ code, path, message }) => ({ code, path, message }));
      throw new AppError('badRequest', 'invalid body', { issues });
    }
    return { ok: true, prepared: prepareImport(input.data, job.limits) };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, details: error.details };
    }
    return { ok: false, code: 'internal', message: 'the import could not be prepared' };
  }
}

if (parentPort) parentPort.postMessage(run(workerData as ImportJob));
