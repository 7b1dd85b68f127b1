import { describe, expect, it } from 'vitest';
import {
  collator,
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatTime,
  matchesSearch,
  sortByName,
} from './format.js';
import { bestLanguage } from './negotiate.js';

describe('formatDate', () => {
  it('writes a calendar day the way each language does', () => {
    expect(formatDate('en', '2026-03-03')).toBe('3 March 2026');
    expect(formatDate('el', '2026-03-03')).toBe('3 Μαρτίου 2026');
    expect(formatDate('lv', '2026-03-03')).toMatch(/^2026\. gada 3\. mart/);
    expect(formatDate('fr', '2026-03-03')).toBe('3 mars 2026');
    expect(formatDate('es', '2026-03-03')).toBe('3 de marzo de 2026');
  });

  it('keeps a calendar day on its day whatever the time zone', () => {
    expect(formatDate('en', '2026-12-31', 'short')).toBe('31/12/2026');
  });

  it('leaves something that is no date as it was written', () => {
    expect(formatDate('el', 'next spring')).toBe('next spring');
  });
});

describe('formatDateTime and formatTime', () => {
  it('writes a moment in the language, in the zone asked for', () => {
    const at = '2026-03-03T14:05:00.000Z';
    expect(formatDateTime('en', at, 'UTC')).toBe('3 Mar 2026, 14:05');
    expect(formatDateTime('el', at, 'UTC')).toMatch(/^3 Μαρ 2026.*2:05/);
    expect(formatDateTime('lv', at, 'UTC')).toMatch(/^2026\. gada 3\. marts.*14:05$/);
  });

  it('writes an agenda slot in the clock of the language', () => {
    expect(formatTime('fr', '09:30')).toBe('09:30');
    expect(formatTime('el', '14:05')).toMatch(/^2:05\s*μ\.μ\.$/);
    expect(formatTime('en', 'morning')).toBe('morning');
  });
});

describe('formatNumber and formatList', () => {
  it('groups and separates digits as the language does', () => {
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('el', 12345.5)).toBe('12.345,5');
    expect(formatNumber('lv', 12345.5)).toBe('12\u00a0345,5');
  });

  it('joins names with the language’s "and"', () => {
    expect(formatList('en', ['Riga', 'Athens', 'Jelgava'])).toBe('Riga, Athens and Jelgava');
    expect(formatList('el', ['Ρίγα', 'Αθήνα'])).toBe('Ρίγα και Αθήνα');
    expect(formatList('lv', ['Rīga', 'Atēnas'])).toBe('Rīga un Atēnas');
    expect(formatList('fr', ['Lyon', 'Gand'], 'disjunction')).toBe('Lyon ou Gand');
  });
});

describe('collation', () => {
  it('sorts Latvian names in the Latvian alphabet (Č after C, Ā with A)', () => {
    const names = ['Dobele', 'Čakste', 'Cēsis', 'Ādaži', 'Bauska', 'Zilupe'];
    expect(sortByName('lv', names, (n) => n)).toEqual([
      'Ādaži',
      'Bauska',
      'Cēsis',
      'Čakste',
      'Dobele',
      'Zilupe',
    ]);
    // A code-point sort would put Č and Ā after Z.
    expect([...names].sort()).not.toEqual(sortByName('lv', names, (n) => n));
  });

  it('sorts Greek names with accented vowels among the plain ones', () => {
    const names = ['Ωραιόκαστρο', 'Άρτα', 'Βόλος', 'Αθήνα', 'Έδεσσα', 'Ελευσίνα'];
    expect(sortByName('el', names, (n) => n)).toEqual([
      'Αθήνα',
      'Άρτα',
      'Βόλος',
      'Έδεσσα',
      'Ελευσίνα',
      'Ωραιόκαστρο',
    ]);
  });

  it('orders numbers inside names by value', () => {
    expect(['Action 10', 'Action 2'].sort(collator('en').compare)).toEqual(['Action 2', 'Action 10']);
  });

  it('finds names whatever their case and accents', () => {
    expect(matchesSearch('el', 'Θεσσαλονίκη', 'θεσσαλονικη')).toBe(true);
    expect(matchesSearch('lv', 'Jūrmala', 'JURM')).toBe(true);
    expect(matchesSearch('lv', 'Jūrmala', 'Riga')).toBe(false);
  });
});

describe('bestLanguage', () => {
  it('takes the offered language with the highest weight', () => {
    expect(bestLanguage('de-DE,de;q=0.9,el;q=0.8,en;q=0.7')).toBe('el');
    expect(bestLanguage('lv-LV')).toBe('lv');
    expect(bestLanguage('en;q=0.5, fr;q=0.9')).toBe('fr');
    expect(bestLanguage('es;q=0, it')).toBe('it');
  });

  it('says nothing when no offered language is asked for', () => {
    expect(bestLanguage(undefined)).toBeUndefined();
    expect(bestLanguage('')).toBeUndefined();
    expect(bestLanguage('de, pl;q=0.5, *')).toBeUndefined();
  });
});
