import type { ProgrammeRow } from '@mentoring/shared/network/api';
import { describe, expect, it } from 'vitest';
import { cityLine, toCsv, visibleRows } from './table-rows';

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
    expect(
      visibleRows('en', rows, 'laris', '', { key: 'title', direction: 'ascending' }).map((r) => r.id),
    ).toEqual(['b']);
    expect(
      visibleRows('en', rows, '', 'visits', { key: 'nextVisit', direction: 'ascending' }).map((r) => r.id),
    ).toEqual(['a', 'c']);
    const byNeeds = visibleRows('en', rows, '', '', { key: 'needsAnalysisPercent', direction: 'descending' });
    expect(byNeeds.map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
  it("finds Greek names without accents and sorts titles in the language's order", () => {
    const greek = [
      row('x', { title: 'Σχέδιο 10', menteeCity: 'Θεσσαλονίκη' }),
      row('y', { title: 'Σχέδιο 2', menteeCity: 'Λάρισα' }),
    ];
    expect(
      visibleRows('el', greek, 'θεσσαλονικη', '', { key: 'title', direction: 'ascending' }),
    ).toHaveLength(1);
    const sorted = visibleRows('el', greek, '', '', { key: 'title', direction: 'ascending' });
    expect(sorted.map((r) => r.id)).toEqual(['y', 'x']);
  });
});

describe('cityLine', () => {
  it('shows a pair as mentee – mentor and a multilateral programme with each city once', () => {
    expect(cityLine(row('p', {}))).toBe('Riga – Málaga');
    const many = row('m', { menteeCity: 'Riga', mentorCity: 'Málaga', cities: ['Riga', 'Málaga', 'Gent'] });
    expect(cityLine(many)).toBe('Riga, Málaga, Gent');
    expect(visibleRows('en', [many], 'gent', '', { key: 'title', direction: 'ascending' })).toHaveLength(1);
  });
});

describe('toCsv', () => {
  it('defuses formulas behind spaces, line breaks and full-width signs, not ordinary dashes', () => {
    const lines = toCsv(['A'], [[' =1+1'], ['- 1+1'], ['＝1+1'], ['- a list item']]).split('\r\n');
    expect(lines.slice(1, 5)).toEqual(["' =1+1", "'- 1+1", "'＝1+1", '- a list item']);
  });
  it('quotes, defuses formulas and starts with a byte order mark', () => {
    expect(toCsv(['A', 'B'], [['=1+1', 'x, "y"']])).toBe('\uFEFFA,B\r\n\'=1+1,"x, ""y"""\r\n');
  });
});
