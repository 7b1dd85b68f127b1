import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSqliteFormat, SQLITE_DATABASES, sqliteFormatVersion } from './store-format.js';
import { testChain } from './test-chain.js';
import { FORMAT_VERSION, FormatTooNewError } from './version.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe('the SQLite store format', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const versions = () =>
    SQLITE_DATABASES.map((name) => {
      const db = new Database(join(dir, name), { fileMustExist: true });
      try {
        return sqliteFormatVersion(db, name);
      } finally {
        db.close();
      }
    });

  it('records the current format in a new store and in one made before versioning', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mb-format-'));
    const legacy = new Database(join(dir, 'programmes.sqlite'));
    legacy.exec('CREATE TABLE programme (id TEXT PRIMARY KEY, data TEXT NOT NULL)');
    legacy.close();
    await checkSqliteFormat(dir, silent);
    expect(versions()).toEqual([FORMAT_VERSION, FORMAT_VERSION]);
    await checkSqliteFormat(dir, silent);
    // An older store is brought up to the chain's format.
    await checkSqliteFormat(dir, silent, testChain);
    expect(versions()).toEqual([3, 3]);
  });

  it('refuses a newer store and leaves its files as they were', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mb-format-'));
    await checkSqliteFormat(dir, silent, testChain);
    const before = SQLITE_DATABASES.map((name) => readFileSync(join(dir, name)));
    await expect(checkSqliteFormat(dir, silent)).rejects.toThrow(FormatTooNewError);
    await expect(checkSqliteFormat(dir, silent)).rejects.toThrow(
      /docs\.sqlite was written in data format 3 by a newer version of the server.*upgrade the server/,
    );
    expect(SQLITE_DATABASES.map((name) => readFileSync(join(dir, name)))).toEqual(before);
  });
});
