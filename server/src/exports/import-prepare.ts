import { ImportRequestSchema } from '@mentoring/shared/schema/exports';
import { AppError } from '../errors.js';
import { upgradeBackup } from '../format/backup-format.js';
import { illFormedPath } from '../unicode.js';
import { type PreparedImport, type PrepareLimits, prepareImport } from './import.js';

/**
 * The work of an import before any write: parses the body (JSON, then zod), refuses ill-formed text,
 * decodes and bounds every Yjs state. Runs on a worker thread (import-worker.ts) so that a 50 MB body
 * never stalls sync, health answers or other requests, and its memory is returned when the worker exits.
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

/** Prepares one import; refusals come back as an outcome, never thrown (they cross a thread). */
export function prepareImportBody(job: ImportJob): ImportOutcome {
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
    // An older backup is migrated to today's format, a newer one refused (422) before anything is read.
    const input = ImportRequestSchema.safeParse(upgradeBackup(json));
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
