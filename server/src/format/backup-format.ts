import {
  FORMAT_CHAIN,
  type FormatChain,
  migrateRecord,
  type RawRecord,
  type RecordKind,
  stepsFrom,
} from './chain.js';
import { BackupTooNewError, versionOf } from './version.js';

/**
 * A backup (`backup.json` of the programme ZIP, or the GDPR export: both are what `POST /api/import`
 * takes) carries the data format in its `version` field. Before the import's zod check, an older
 * backup is migrated to the current format (its records by the same steps as stored records; its
 * boards' Yjs states as they first load, like any stored document) and a newer one refused with 422.
 */
const IMPORTABLE = new Set(['mentoring-board-backup', 'mentoring-board-export']);

const isObject = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Migrates each object of `list` (when it is an array) as a record of `kind`. */
function migrateEach(list: unknown, kind: RecordKind, from: number, chain: FormatChain): unknown {
  if (!Array.isArray(list)) return list;
  return list.map((item) => (isObject(item) ? migrateRecord(kind, item, from, chain) : item));
}

/**
 * The parsed body of an import, brought to the current format. Anything that is not an importable
 * document of a known format is returned as it is, for the zod check to refuse with its details.
 * Throws {@link BackupTooNewError} for a backup newer than this server.
 */
export function upgradeBackup(json: unknown, chain: FormatChain = FORMAT_CHAIN): unknown {
  if (!isObject(json) || typeof json.format !== 'string' || !IMPORTABLE.has(json.format)) return json;
  let from: number;
  try {
    from = versionOf(json.version, 'backup');
  } catch {
    return json;
  }
  if (from > chain.current) throw new BackupTooNewError(from);
  if (from === chain.current) return json;
  let backup: RawRecord = {
    ...json,
    programme: isObject(json.programme)
      ? migrateRecord('programme', json.programme, from, chain)
      : json.programme,
    boards: migrateEach(json.boards, 'board', from, chain),
    members: migrateEach(json.members, 'member', from, chain),
    ...('invites' in json ? { invites: migrateEach(json.invites, 'invite', from, chain) } : {}),
  };
  for (const step of stepsFrom(chain, from)) backup = step.backup?.(backup) ?? backup;
  return { ...backup, version: chain.current };
}
