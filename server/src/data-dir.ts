import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from './log.js';

/**
 * DATA_DIR holds every programme's content and, without SECRET, the token key: only the server's
 * user may enter it (0700) or read its files (0600). Folders and files made before this rule are
 * tightened at boot; a failure (a volume owned by someone else) is logged, not fatal.
 */
export async function secureDataDir(dir: string, log: Logger): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700).catch((error: Error) =>
    log.warn({ dir, err: error.message }, 'could not restrict DATA_DIR to its owner (0700)'),
  );
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(dir, entry.name);
    await chmod(file, 0o600).catch((error: Error) =>
      log.warn({ file, err: error.message }, 'could not restrict a data file to its owner (0600)'),
    );
  }
}

/**
 * Why the server cannot write to `dir` (read-only mount, full disk, wrong owner), or null when a
 * probe file can be created, written, flushed to disk and removed.
 */
export async function unwritableReason(dir: string): Promise<string | null> {
  const probe = join(dir, `.write-check-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(probe, 'wx', 0o600);
    try {
      await handle.writeFile('ok');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await unlink(probe);
    return null;
  } catch (error) {
    await unlink(probe).catch(() => undefined);
    const { code, message } = error as NodeJS.ErrnoException;
    return `DATA_DIR ${dir} is not writable (${code ?? message})`;
  }
}

/** Whether DATA_DIR can be written; checked at boot and, while it cannot, again on each ask. */
export interface WritableCheck {
  /** Null when writable, else why not. */
  problem(): Promise<string | null>;
}

/** Checks `dir` now, logging a clear line when it is not writable (read-only mount, full disk). */
export async function checkDataDirWritable(dir: string, log: Logger): Promise<WritableCheck> {
  let last = await unwritableReason(dir);
  if (last) log.error({ dir, reason: last }, 'DATA_DIR is not writable: /readyz answers 503 until it is');
  return {
    async problem() {
      if (last === null) return null;
      last = await unwritableReason(dir);
      if (last === null) log.info({ dir }, 'DATA_DIR is writable again');
      return last;
    },
  };
}
