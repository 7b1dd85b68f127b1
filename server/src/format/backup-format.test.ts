import { describe, expect, it } from 'vitest';
import { upgradeBackup } from './backup-format.js';
import { testChain } from './test-chain.js';
import { BackupTooNewError, FORMAT_VERSION } from './version.js';

const backup = (version: unknown) => ({
  format: 'mentoring-board-backup',
  version,
  programme: { id: 'p', title: 'T' },
  boards: [{ id: 'b', yjsUpdate: '' }],
  members: [{ id: 'm', displayName: 'Ana' }],
});

describe('backup format', () => {
  it('takes a backup of the current format as it is', () => {
    const current = backup(FORMAT_VERSION);
    expect(upgradeBackup(current)).toBe(current);
  });

  it('refuses a newer backup with 422 and a message naming both formats', () => {
    const refusal = (() => {
      try {
        upgradeBackup(backup(FORMAT_VERSION + 1));
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(BackupTooNewError);
    expect((refusal as BackupTooNewError).status).toBe(422);
    expect((refusal as BackupTooNewError).message).toMatch(
      `this backup was written in data format ${FORMAT_VERSION + 1} by a newer version of the server`,
    );
  });

  it('migrates an older backup: its records, then the backup itself, and stamps the format', () => {
    expect(upgradeBackup(backup(1), testChain)).toEqual({
      ...backup(3),
      members: [{ id: 'm', displayName: 'ANA', city: 'unknown' }],
      note: 'migrated',
    });
    const gdpr = { ...backup(2), format: 'mentoring-board-export', invites: [{ id: 'i' }] };
    expect(upgradeBackup(gdpr, testChain)).toEqual({
      ...gdpr,
      version: 3,
      members: [{ id: 'm', displayName: 'ANA' }],
    });
  });

  it('leaves what is not a backup for the schema to refuse', () => {
    for (const body of [null, [1], { format: 'other', version: 9 }, backup('x')]) {
      expect(upgradeBackup(body)).toBe(body);
    }
  });
});
