import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import type Database from 'better-sqlite3';
import type { VersionMeta } from './doc-store.js';

/** The version and change-tracking tables of the SQLite store (created by the store). */
export function sqliteVersions(db: Database.Database) {
  const insert = db.prepare<[string, string, string, string, Buffer]>(
    'INSERT INTO doc_version (doc_id, id, created_at, meta, state) VALUES (?, ?, ?, ?, ?)',
  );
  const list = db.prepare<[string], { meta: string }>(
    'SELECT meta FROM doc_version WHERE doc_id = ? ORDER BY created_at, rowid',
  );
  const load = db.prepare<[string, string], { state: Buffer }>(
    'SELECT state FROM doc_version WHERE doc_id = ? AND id = ?',
  );
  const erase = db.prepare<[string]>('DELETE FROM doc_version WHERE doc_id = ?');
  const eraseChanged = db.prepare<[string]>('DELETE FROM doc_changed WHERE doc_id = ?');
  const markChanged = db.prepare<[string, number]>(
    'INSERT INTO doc_changed (doc_id, changed_at) VALUES (?, ?) ON CONFLICT (doc_id) DO UPDATE SET changed_at = excluded.changed_at',
  );
  const idle = db.prepare<[number], { doc_id: string }>(
    'SELECT doc_id FROM doc_changed WHERE changed_at < ?',
  );
  const takeIdle = db.transaction((before: number) => {
    const ids = idle.all(before).map((row) => row.doc_id);
    for (const id of ids) eraseChanged.run(id);
    return ids;
  });
  return {
    save: (docId: string, meta: VersionMeta, state: Buffer) =>
      insert.run(docId, meta.id, meta.createdAt, JSON.stringify(meta), state),
    // Stored rows are checked as they load, like every stored datum.
    list: (docId: string): VersionMeta[] =>
      list.all(docId).map((row) => VersionMetaSchema.parse(JSON.parse(row.meta))),
    load: (docId: string, versionId: string) => load.get(docId, versionId)?.state ?? null,
    markChanged: (docId: string, at: number) => markChanged.run(docId, at),
    takeIdle: (before: number): string[] => takeIdle.immediate(before),
    erase: (docId: string) => {
      erase.run(docId);
      eraseChanged.run(docId);
    },
  };
}
