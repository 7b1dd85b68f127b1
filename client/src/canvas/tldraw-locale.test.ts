import { LanguageSchema } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import { tldrawLocale } from './tldraw-locale';

describe('tldraw locale', () => {
  it('uses tldraw’s own translation for every language it has, English for Latvian', () => {
    const locales = Object.fromEntries(
      LanguageSchema.options.map((language) => [language, tldrawLocale(language)]),
    );
    expect(locales).toEqual({ en: 'en', es: 'es', fr: 'fr', it: 'it', nl: 'nl', el: 'el', lv: 'en' });
  });
});
