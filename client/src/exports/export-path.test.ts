import { describe, expect, it } from 'vitest';
import { backupPath, boardExportPath } from './export-path';

describe('export addresses', () => {
  it('always name the language of the file', () => {
    expect(boardExportPath({ programmeId: 'p 1', id: 'b/2' }, 'docx', 'el')).toBe(
      '/api/programmes/p%201/boards/b%2F2/export?format=docx&lang=el',
    );
    expect(backupPath('p1', 'lv')).toBe('/api/programmes/p1/backup?lang=lv');
  });
});
