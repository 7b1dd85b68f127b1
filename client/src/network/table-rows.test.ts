import type { ProgrammeRow } from '@mentoring/shared/network/api';
import { describe, expect, it } from 'vitest';
import { toCsv, visibleRows } from './table-rows';

const row = (id: string, patch: Partial<ProgrammeRow>): ProgrammeRow => ({
  id: id as ProgrammeRow['id'],
  title: id,
  menteeCity: 'Riga',
  mentorCity: 'Málaga',
  phase: 'preparation',
  currentStep: null,
  stepsDone: 0,
  stepsTotal: 10,
  nextVisit: '',
  lastActivity: '2026-01-01T00:00:00.000Z',
  needsAnalysisPercent: 0,
  actionPlanPercent: 0,
  approved: false,
  actionsByStatus: null,
  grantedBoards: [],
  ...patch,
});

describe('visibleRows', () => {
  const rows = [
    row('a', { phase: 'visits', nextVisit: '2026-05-01', needsAnalysisPercent: 50 }),
    row('b', { menteeCity: 'Larissa', needsAnalysisPercent: 90 }),
    row('c', { phase: 'visits', nextVisit: '' }),
  ];
  it('filters by text and phase and sorts both ways', () => {
    expect(visibleRows(rows, 'laris', '', { key: 'title', direction: 'ascending' }).map((r) => r.id)).toEqual(
      ['b'],
    );
    expect(
      visibleRows(rows, '', 'visits', { key: 'nextVisit', direction: 'ascending' }).map((r) => r.id),
    ).toEqual(['a', 'c']);
    const byNeeds = visibleRows(rows, '', '', { key: 'needsAnalysisPercent', direction: 'descending' });
    expect(byNeeds.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('toCsv', () => {
  it('quotes, defuses formulas and starts with a byte order mark', () => {
    expect(toCsv(['A', 'B'], [['=1+1', 'x, "y"']])).toBe('\uFEFFA,B\r\n\'=1+1,"x, ""y"""\r\n');
  });
});
