import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../log.js';
import type { RedisClient } from '../redis/client.js';
import { FORMAT_CHAIN, type FormatChain } from './chain.js';
import { FormatTooNewError, versionOf } from './version.js';

/**
 * The store as a whole carries the format of the newest server that opened it: a `format_meta` row
 * in each SQLite database, a `format-version` key in Redis. At boot a server refuses a store newer
 * than itself (so an old server started over upgraded data, or a rollback, stops with a clear message
 * instead of writing old-format data over it), and records its own format when the store is older.
 * Records and documents carry their own version too (records.ts, doc-format.ts): they are migrated
 * one by one as they load, so a boot never rewrites the whole store.
 */

/** The SQLite files of DATA_DIR that hold stored data. */
export const SQLITE_DATABASES = ['docs.sqlite', 'programmes.sqlite'] as const;

const META_TABLE = 'CREATE TABLE IF NOT EXISTS format_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)';

/** The format recorded in a SQLite database, or undefined when none is (format 1, before versioning). */
export function sqliteFormatVersion(db: Database.Database, what: string): number | undefined {
  const table = db
    .prepare<[], { n: number }>(
      "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'format_meta'",
    )
    .get();
  if (!table?.n) return undefined;
  const row = db.prepare<[], { value: string }>("SELECT value FROM format_meta WHERE key = 'version'").get();
  return row ? versionOf(row.value, what) : undefined;
}

/**
 * Checks each database of `dir` before the stores open it: throws {@link FormatTooNewError} for one
 * newer than `chain.current` (leaving it untouched); else records `chain.current` in it (creating the
 * file of a new store). Recording is best effort: a read-only or full disk must not stop the boot
 * (the stores and `/readyz` report that), and the check runs again at every boot.
 */
export async function checkSqliteFormat(
  dir: string,
  log: Logger,
  chain: FormatChain = FORMAT_CHAIN,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of SQLITE_DATABASES) {
    const file = join(dir, name);
    const what = `the database ${file}`;
    let db: Database.Database;
    try {
      db = new Database(file);
    } catch (error) {
      log.warn(
        { file, err: (error as Error).message },
        'could not open the database to check its data format',
      );
      continue;
    }
    try {
      db.pragma('busy_timeout = 10000');
      const found = sqliteFormatVersion(db, what);
      if ((found ?? 1) > chain.current) throw new FormatTooNewError(what, found ?? 1);
      if (found === chain.current) continue;
      if (recordSqliteFormat(db, what, chain.current, log, file))
        log.info({ file, from: found ?? 1, to: chain.current }, 'data format recorded');
    } finally {
      db.close();
    }
  }
}

function recordSqliteFormat(
  db: Database.Database,
  what: string,
  version: number,
  log: Logger,
  file: string,
): boolean {
  try {
    // IMMEDIATE: a newer server booting on the same folder at this moment cannot be downgraded.
    db.transaction(() => {
      db.exec(META_TABLE);
      const now = sqliteFormatVersion(db, what) ?? 1;
      if (now > version) throw new FormatTooNewError(what, now);
      db.prepare(
        "INSERT INTO format_meta (key, value) VALUES ('version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(String(version));
    }).immediate();
    return true;
  } catch (error) {
    if (error instanceof FormatTooNewError) throw error;
    log.warn(
      { file, err: (error as Error).message },
      'could not record the data format; retried at next boot',
    );
    return false;
  }
}

// Atomically: the stored version (or '' when none), and the current one written when the stored one
// is older. KEYS[1]: the key; ARGV[1]: the current version.
const CHECK_SCRIPT = `
local stored = redis.call('GET', KEYS[1])
local n = tonumber(stored or '0')
if n ~= nil and n < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) end
return stored or ''
`;

/**
 * The Redis counterpart of {@link checkSqliteFormat}: `key` holds the store's format. Check and
 * record are one script, so two nodes of different versions booting at once cannot downgrade it.
 */
export async function checkRedisFormat(
  client: RedisClient,
  key: string,
  log: Logger,
  chain: FormatChain = FORMAT_CHAIN,
): Promise<void> {
  const reply = await client.eval(CHECK_SCRIPT, { keys: [key], arguments: [String(chain.current)] });
  const stored = typeof reply === 'string' && reply !== '' ? reply : undefined;
  const found = versionOf(stored, `the Redis key ${key}`);
  if (found > chain.current) throw new FormatTooNewError(`the Redis store (key ${key})`, found);
  if (found < chain.current || stored === undefined) {
    log.info({ key, from: found, to: chain.current }, 'data format recorded');
  }
}
