import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatInterpolated } from './i18n';

async function translator(lng: string) {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: {
      [lng]: {
        translation: { rows_one: '{{count}} row', rows_other: '{{count}} rows', hello: 'Hi {{name}}' },
      },
    },
    interpolation: { escapeValue: false, alwaysFormat: true, format: formatInterpolated },
    showSupportNotice: false,
  });
  // A bare `t` over this test's own keys (the app's `t` is typed with the app's keys).
  return instance.t.bind(instance) as unknown as (key: string, options?: Record<string, unknown>) => string;
}

describe('numbers interpolated into texts', () => {
  it('get the separators of the language, and the plural stays i18next’s', async () => {
    expect((await translator('en'))('rows', { count: 12345 })).toBe('12,345 rows');
    // French groups with a narrow no-break space, Greek with a dot.
    expect((await translator('fr'))('rows', { count: 12345 })).toBe('12\u202f345 rows');
    expect((await translator('el'))('rows', { count: 12345 })).toBe('12.345 rows');
    expect((await translator('en'))('rows', { count: 1 })).toBe('1 row');
  });

  it('leaves texts and missing variables as they were', async () => {
    const t = await translator('lv');
    expect(t('hello', { name: 'Čakste' })).toBe('Hi Čakste');
    expect(t('hello')).toBe('Hi {{name}}');
  });
});
