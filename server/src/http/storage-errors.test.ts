import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { isStorageUnavailable } from './storage-errors.js';

describe('storage errors', () => {
  it('recognises a full SQLite database and disk errors, not other failures', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x BLOB)');
    db.pragma('max_page_count = 3');
    let full: unknown;
    try {
      for (let i = 0; i < 10; i++) db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(4096));
    } catch (error) {
      full = error;
    }
    db.close();
    expect((full as { code: string }).code).toBe('SQLITE_FULL');
    expect(isStorageUnavailable(full)).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT' }))).toBe(false);
    expect(isStorageUnavailable(new Error('plain'))).toBe(false);
    expect(isStorageUnavailable(null)).toBe(false);
  });
});
