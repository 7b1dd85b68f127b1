import { type Approval, VersionMetaSchema } from '@mentoring/shared/schema/version';
import type Database from 'better-sqlite3';
import type { VersionMeta } from './doc-store.js';

/**
 * The approval of a version (issue 14) in the SQLite store: a field of the version's metadata row
 * (`doc_version.meta`), rewritten in one IMMEDIATE transaction so that two recordings at once, from
 * this or another process, never lose the rest of the metadata.
 */
export function sqliteApprovals(db: Database.Database) {
  const get = db.prepare<[string, string], { meta: string }>(
    'SELECT meta FROM doc_version WHERE doc_id = ? AND id = ?',
  );
  const put = db.prepare<[string, string, string]>(
    'UPDATE doc_version SET meta = ? WHERE doc_id = ? AND id = ?',
  );
  const set = db.transaction(
    (docId: string, versionId: string, approval: Approval | null): VersionMeta | null => {
      const row = get.get(docId, versionId);
      if (!row) return null;
      const { approval: _previous, ...rest } = VersionMetaSchema.parse(JSON.parse(row.meta));
      const meta: VersionMeta = approval ? { ...rest, approval } : rest;
      put.run(JSON.stringify(meta), docId, versionId);
      return meta;
    },
  );
  return {
    /** Sets (null: withdraws) the approval of a version; null when there is no such version. */
    set: (docId: string, versionId: string, approval: Approval | null) =>
      set.immediate(docId, versionId, approval),
  };
}
