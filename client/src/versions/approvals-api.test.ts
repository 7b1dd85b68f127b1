import type { VersionMeta } from '@mentoring/shared/schema/version';
import { describe, expect, it } from 'vitest';
import { approvedVersion } from './approvals-api';

const version = (id: string, date?: string, recordedAt = '2026-01-01T00:00:00.000Z'): VersionMeta => ({
  id,
  name: id,
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: null,
  auto: false,
  ...(date
    ? { approval: { body: 'Council', date, reference: '', approvedBy: '', recordedAt, recordedBy: null } }
    : {}),
});

describe('approvedVersion', () => {
  it('is null when no version is approved', () => {
    expect(approvedVersion([version('a'), version('b')])).toBeNull();
  });

  it('takes the latest approval date, then the latest recording', () => {
    expect(approvedVersion([version('a', '2026-02-01'), version('b', '2026-03-01'), version('c')])?.id).toBe(
      'b',
    );
    expect(
      approvedVersion([
        version('a', '2026-03-01', '2026-03-02T10:00:00.000Z'),
        version('b', '2026-03-01', '2026-03-02T09:00:00.000Z'),
      ])?.id,
    ).toBe('a');
  });
});
