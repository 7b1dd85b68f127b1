import { AppError } from '../errors.js';

/**
 * The data format this server writes and the newest it understands. Format 1 is the data of before
 * versioning: a record, document, store or backup that carries no version is format 1.
 *
 * To change the format: add a step to `FORMAT_STEPS` (chain.ts) that produces `FORMAT_VERSION + 1`,
 * bump this constant, and bump the `version` literals of the backup and GDPR export schemas
 * (shared/src/schema/exports.ts and api.ts). chain.test.ts fails until all three agree.
 */
export const FORMAT_VERSION = 1 as const;

/** The format version a stored datum says it has: absent means 1 (written before versioning). */
export function versionOf(stamp: unknown, what: string): number {
  if (stamp === undefined || stamp === null) return 1;
  const version = typeof stamp === 'string' && /^\d+$/.test(stamp) ? Number(stamp) : stamp;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new Error(`${what}: unreadable data format version ${JSON.stringify(stamp)}`);
  }
  return version;
}

/** The sentence every refusal of newer data ends with, so that operators see one clear cause. */
function newerMessage(what: string, version: number): string {
  return (
    `${what} was written in data format ${version} by a newer version of the server; this server ` +
    `understands formats up to ${FORMAT_VERSION} and leaves it untouched: upgrade the server`
  );
}

/**
 * Stored data newer than this server understands. It is refused, never read or written over.
 * Over HTTP a 503 (retrying helps once an upgraded node answers, as in a rolling deploy).
 */
export class FormatTooNewError extends AppError {
  override name = 'FormatTooNewError';
  constructor(
    readonly what: string,
    readonly version: number,
  ) {
    super('unavailable', newerMessage(what, version), { formatVersion: version, understood: FORMAT_VERSION });
  }
}

/** An uploaded backup newer than this server understands: 422, nothing written. */
export class BackupTooNewError extends AppError {
  override name = 'BackupTooNewError';
  constructor(readonly version: number) {
    super('newerFormat', newerMessage('this backup', version), {
      formatVersion: version,
      understood: FORMAT_VERSION,
    });
  }
}
