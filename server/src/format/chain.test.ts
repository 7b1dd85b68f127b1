import { ProgrammeExportSchema } from '@mentoring/shared/schema/api';
import { BackupSchema } from '@mentoring/shared/schema/exports';
import { describe, expect, it } from 'vitest';
import { FORMAT_CHAIN, FORMAT_STEPS, formatChain, migrateRecord, stepsFrom } from './chain.js';
import { testChain } from './test-chain.js';
import { FORMAT_VERSION } from './version.js';

describe('the migration chain', () => {
  it('ends at FORMAT_VERSION, which the backup and GDPR export schemas carry', () => {
    expect(FORMAT_CHAIN.current).toBe(FORMAT_VERSION);
    expect(FORMAT_STEPS.map((step) => step.to)).toEqual(
      Array.from({ length: FORMAT_VERSION - 1 }, (_, at) => at + 2),
    );
    // Whoever bumps the format bumps these literals too (an import validates against them).
    expect(BackupSchema.shape.version.value).toBe(FORMAT_VERSION);
    expect(ProgrammeExportSchema.shape.version.value).toBe(FORMAT_VERSION);
  });

  it('refuses a chain with a gap', () => {
    expect(() => formatChain([{ to: 3, why: 'skips 2' }])).toThrow(/expected 2/);
    expect(formatChain([]).current).toBe(1);
  });

  it('runs the steps after `from`, in order, for the record kind they name', () => {
    expect(stepsFrom(testChain, 1).map((s) => s.to)).toEqual([2, 3]);
    expect(stepsFrom(testChain, 2).map((s) => s.to)).toEqual([3]);
    expect(stepsFrom(testChain, 3)).toEqual([]);
    const member = { id: 'm1', displayName: 'Ana' };
    expect(migrateRecord('member', member, 1, testChain)).toEqual({
      ...member,
      city: 'unknown',
      displayName: 'ANA',
    });
    expect(migrateRecord('member', member, 2, testChain)).toEqual({ ...member, displayName: 'ANA' });
    expect(migrateRecord('member', member, 3, testChain)).toBe(member);
    // A kind no step names is left as it is.
    const invite = { id: 'i1' };
    expect(migrateRecord('invite', invite, 1, testChain)).toEqual(invite);
  });
});
