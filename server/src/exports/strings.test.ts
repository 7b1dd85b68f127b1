import { readdirSync, readFileSync } from 'node:fs';
import { readLocaleFile } from '@mentoring/shared/i18n/locale-files';
import { LanguageSchema } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import { EXPORT_STRINGS, exportStrings, LANGUAGE_TAGS } from './strings.js';

const sources = readdirSync(new URL('./', import.meta.url))
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'strings.ts')
  .map((name) => readFileSync(new URL(name, import.meta.url), 'utf8'))
  .join('\n');

describe('export strings', () => {
  it.each(LanguageSchema.options)('are read from shared/locales/%s/exports.json', (language) => {
    const strings = EXPORT_STRINGS[language];
    expect(strings.programme.trim()).not.toBe('');
    expect(strings.page(2, 5)).toMatch(/2\D+5/);
    expect(LANGUAGE_TAGS[language].startsWith(language)).toBe(true);
  });

  it('refuse a file with a key the exports do not know, or without one they need', () => {
    const english = readLocaleFile('en', 'exports') as Record<string, string>;
    expect(() => exportStrings({ ...english, stray: 'x' })).toThrow();
    const { empty: _empty, ...missing } = english;
    expect(() => exportStrings(missing)).toThrow();
  });

  it('have no key the exports never use', () => {
    const keys = Object.keys(readLocaleFile('en', 'exports') as object);
    expect(keys.filter((key) => !new RegExp(`\\.${key}\\b|['"]${key}['"]`).test(sources))).toEqual([]);
  });
});
