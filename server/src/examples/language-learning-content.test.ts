import { LanguageSchema } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import { exampleTexts } from './language-learning-content.js';

/** Every string of the example's texts, in order, with where it sits. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

describe('the example programme texts', () => {
  const english = exampleTexts('en');
  // Kinds of stakeholders are values, not words; city names may be the same in several languages.
  const sameInEveryLanguage = /\.kind$|^programme\.(menteeCity|mentorCity)$/;

  it.each(LanguageSchema.options.filter((language) => language !== 'en'))(
    'are written in %s: the same shape as the English, every text translated',
    (language) => {
      const texts = exampleTexts(language);
      const own = strings(texts);
      const reference = strings(english);
      expect(own.map(([at]) => at)).toEqual(reference.map(([at]) => at));
      expect(texts.plan.rows.map((row) => row.focusFactor)).toEqual(
        english.plan.rows.map((row) => row.focusFactor),
      );
      for (const [index, [at, text]] of own.entries()) {
        expect(text.trim(), at).not.toBe('');
        if (!sameInEveryLanguage.test(at)) expect(text, at).not.toBe(reference[index]?.[1]);
      }
    },
  );
});
