import { describe, expect, it } from 'vitest';
import { checkTranslations, flatten } from '../app/locales/translation-checks';
import { boardsEn, boardsEs } from './locales';

describe('board strings', () => {
  const english = flatten(boardsEn);
  checkTranslations(english, flatten(boardsEs));

  it('give every plural a one and an other form with a count', () => {
    for (const key of english.keys()) {
      if (!key.endsWith('_one')) continue;
      const base = key.slice(0, -'_one'.length);
      expect(english.has(`${base}_other`), base).toBe(true);
      expect(english.get(`${base}_other`), base).toContain('{{count}}');
    }
  });
});
