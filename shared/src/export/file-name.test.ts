import { describe, expect, it } from 'vitest';
import {
  asciiFileName,
  fileName,
  MAX_FILE_NAME_BYTES,
  sanitizeFileNamePart,
  uniqueName,
} from './file-name.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('file names', () => {
  it('join the titles and keep accents and other scripts', () => {
    expect(fileName(['Programa Málaga–Riga', 'Plan de acción ñ ç'], 'docx')).toBe(
      'Programa Málaga–Riga - Plan de acción ñ ç.docx',
    );
    expect(fileName(['Ελληνικά', 'ā ē ī ū š ž'], 'pdf')).toBe('Ελληνικά - ā ē ī ū š ž.pdf');
  });

  it('replace reserved characters and drop control and invisible characters', () => {
    expect(fileName(['a<b>c:d"e/f\\g|h?i*j'], 'csv')).toBe('a_b_c_d_e_f_g_h_i_j.csv');
    expect(fileName(['line\nbreak\ttab\u0000nul\u007f'], 'csv')).toBe('line break tab nul.csv');
    // A right-to-left override could make "evil\u202Excod.pdf" look like "evil.pdf" ending in "docx".
    expect(fileName(['evil\u202excod'], 'pdf')).toBe('evil xcod.pdf');
    expect(fileName(['zero\u200bwidth'], 'pdf')).toBe('zero width.pdf');
  });

  it('trim dots and spaces at both ends and collapse whitespace', () => {
    expect(fileName(['  ..hidden  ', 'board. . '], 'json')).toBe('hidden - board.json');
    expect(sanitizeFileNamePart('many    spaces ...')).toBe('many spaces');
  });

  it('never produce a reserved Windows device name', () => {
    for (const name of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'lpt9', 'COM¹']) {
      expect(fileName([name], 'docx')).toBe(`_${name}.docx`);
    }
    expect(fileName(['CON.backup'], 'zip')).toBe('_CON.backup.zip');
    expect(fileName(['Console'], 'docx')).toBe('Console.docx');
  });

  it('fall back when nothing is left', () => {
    expect(fileName(['', '...', ' . '], 'pdf')).toBe('export.pdf');
    expect(fileName([' '], 'pdf', 'board')).toBe('board.pdf');
  });

  it('bound the length in bytes without cutting a letter from its accent', () => {
    const long = fileName(['ā'.repeat(300)], 'docx');
    expect(bytes(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long).toMatch(/^(ā)+\.docx$/);
    const decomposed = fileName(['e\u0301'.repeat(200)], 'pdf');
    expect(decomposed.normalize('NFC')).toBe(decomposed);
    expect(bytes(decomposed)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    const emoji = fileName(['👩‍👩‍👧'.repeat(40)], 'pdf');
    expect(emoji).toMatch(/^(👩‍👩‍👧)+\.pdf$/u);
  });

  it('give a printable ASCII fallback', () => {
    expect(asciiFileName('Programa Málaga - Plan de acción ñ ç.docx')).toBe(
      'Programa Malaga - Plan de accion n c.docx',
    );
    expect(asciiFileName('Ελληνικά.pdf')).toBe('export.pdf');
    expect(asciiFileName('Rīga ā ē ī ū š ž 100%.csv')).toBe('Riga a e i u s z 100_.csv');
    expect(asciiFileName('Ελληνικά plan.pdf')).toBe('_ plan.pdf');
  });

  it('number duplicates, ignoring case', () => {
    const taken = new Set<string>(['backup']);
    expect(uniqueName('Plan', taken)).toBe('Plan');
    expect(uniqueName('plan', taken)).toBe('plan (2)');
    expect(uniqueName('Plan', taken)).toBe('Plan (3)');
    expect(uniqueName('Backup', taken)).toBe('Backup (2)');
  });
});
