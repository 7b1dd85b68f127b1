/**
 * Failures of the disk under the stores (full, read-only, I/O error) rather than of the request: the
 * API answers 503 for them, so that clients retry and balancers look elsewhere, instead of a 500.
 */
const SQLITE_UNAVAILABLE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY)/;
const FS_UNAVAILABLE = new Set(['ENOSPC', 'EROFS', 'EDQUOT', 'EIO']);

export function isStorageUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return SQLITE_UNAVAILABLE.test(code) || FS_UNAVAILABLE.has(code);
}
