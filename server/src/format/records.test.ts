import type { Member } from '@mentoring/shared/schema/member';
import { MemberSchema } from '@mentoring/shared/schema/member';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RECORD_FORMAT_FIELD, recordCodec, StoredRecords } from './records.js';
import { testChain } from './test-chain.js';
import { FORMAT_VERSION, FormatTooNewError } from './version.js';

const member: Member = {
  id: 'member-0123456789abcdefghij' as Member['id'],
  programmeId: 'programme-0123456789abcdef' as Member['programmeId'],
  role: 'facilitator',
  displayName: 'Ana',
  inviteId: 'invite-0123456789abcdefghij' as Member['inviteId'],
  joinedAt: '2026-12-01T10:00:00.000Z',
};

describe('stored records', () => {
  it('are written with the current format and read back', () => {
    const json = StoredRecords.member.write(member);
    expect(JSON.parse(json)).toEqual({ [RECORD_FORMAT_FIELD]: FORMAT_VERSION, ...member });
    expect(StoredRecords.member.read(json)).toEqual(member);
  });

  it('read a record written before versioning (no stamp) as format 1', () => {
    expect(StoredRecords.member.read(JSON.stringify(member))).toEqual(member);
  });

  it('refuse a record of a newer format, naming both formats', () => {
    const newer = JSON.stringify({ ...member, [RECORD_FORMAT_FIELD]: FORMAT_VERSION + 1 });
    expect(() => StoredRecords.member.read(newer)).toThrow(FormatTooNewError);
    expect(() => StoredRecords.member.read(newer)).toThrow(
      `data format ${FORMAT_VERSION + 1} by a newer version of the server; this server understands formats up to ${FORMAT_VERSION}`,
    );
  });

  it('refuse an unreadable stamp rather than guess', () => {
    expect(() => StoredRecords.member.read(JSON.stringify({ ...member, formatVersion: 'two' }))).toThrow(
      /unreadable data format version/,
    );
  });

  it('migrate an older record through every later step, then check it with zod', () => {
    const schema = MemberSchema.extend({ city: z.string() });
    const codec = recordCodec('member', schema, testChain);
    expect(codec.read(JSON.stringify(member))).toEqual({ ...member, city: 'unknown', displayName: 'ANA' });
    const v2 = JSON.stringify({ ...member, city: 'Riga', [RECORD_FORMAT_FIELD]: 2 });
    expect(codec.read(v2)).toEqual({ ...member, city: 'Riga', displayName: 'ANA' });
    expect(JSON.parse(codec.write({ ...member, city: 'Riga' }))[RECORD_FORMAT_FIELD]).toBe(3);
    expect(() => codec.read(JSON.stringify({ ...member, [RECORD_FORMAT_FIELD]: 4 }))).toThrow(
      FormatTooNewError,
    );
  });
});
