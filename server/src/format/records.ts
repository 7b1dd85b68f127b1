import { BoardSchema } from '@mentoring/shared/schema/board';
import { InviteSchema } from '@mentoring/shared/schema/invite';
import { JoinCodeSchema } from '@mentoring/shared/schema/join-code';
import { MemberSchema } from '@mentoring/shared/schema/member';
import { ProgrammeSchema } from '@mentoring/shared/schema/programme';
import type { z } from 'zod';
import { FORMAT_CHAIN, type FormatChain, migrateRecord, type RawRecord, type RecordKind } from './chain.js';
import { FormatTooNewError, versionOf } from './version.js';

/** The field of every stored record that says its format. Absent in records written before versioning. */
export const RECORD_FORMAT_FIELD = 'formatVersion';

/**
 * How one kind of programme record is stored: JSON with its format version beside its fields.
 * `read` checks the version (refusing a newer one), migrates an older one and validates with zod;
 * `write` validates and stamps the current version. Both adapters (SQLite, Redis) store through these.
 */
export interface RecordCodec<T> {
  readonly kind: RecordKind;
  read(json: string): T;
  /** The record checked (and normalised) by its schema, as `write` stores it. */
  validate(record: T): T;
  write(record: T): string;
}

/** Builds the codec of `kind` over `schema` (tests pass their own chain). */
export function recordCodec<T>(
  kind: RecordKind,
  schema: z.ZodType<T>,
  chain: FormatChain = FORMAT_CHAIN,
): RecordCodec<T> {
  return {
    kind,
    read(json) {
      const parsed: unknown = JSON.parse(json);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new Error(`stored ${kind} record is not an object`);
      }
      const { [RECORD_FORMAT_FIELD]: stamp, ...fields } = parsed as RawRecord;
      const version = versionOf(stamp, `stored ${kind} record`);
      if (version > chain.current) throw new FormatTooNewError(`a stored ${kind} record`, version);
      return schema.parse(version < chain.current ? migrateRecord(kind, fields, version, chain) : fields);
    },
    validate: (record) => schema.parse(record),
    write(record) {
      // The stamp first, so that a person reading the database sees it at once.
      return JSON.stringify({ [RECORD_FORMAT_FIELD]: chain.current, ...(schema.parse(record) as object) });
    },
  };
}

/** The codecs of the programme store's records. */
export const StoredRecords = {
  programme: recordCodec('programme', ProgrammeSchema),
  board: recordCodec('board', BoardSchema),
  member: recordCodec('member', MemberSchema),
  invite: recordCodec('invite', InviteSchema),
  joinCode: recordCodec('joinCode', JoinCodeSchema),
} as const;
