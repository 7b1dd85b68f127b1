import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { keptStrings } from './use-boards-t';

describe('keptStrings', () => {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    resources: {
      en: {
        boards: {
          cell: '{{column}}, {{item}}',
          twice: '{{a}} then {{a}} and {{b}}',
          rows_one: '{{count}} row',
          rows_other: '{{count}} rows',
          upper: 'Hi {{name, uppercase}}',
        },
      },
    },
    interpolation: {
      escapeValue: false,
      format: (value: unknown, format?: string) =>
        format === 'uppercase' && typeof value === 'string' ? value.toUpperCase() : (value as string),
    },
  });
  // Untyped by namespace, as in use-boards-t.ts (the app's typings know only `translation`).
  const untyped = instance as unknown as {
    getFixedT(language: string, namespace: string): (key: string, options?: object) => string;
  };
  const fixed = untyped.getFixedT('en', 'boards');
  const t = keptStrings(fixed) as (key: string, values?: Record<string, string | number>) => string;

  it('gives what i18next gives, for every call and not only the first', () => {
    for (const [column, item] of [
      ['1. Actions', 'Action 3'],
      ['Owner', 'Action 4 $1 {{x}}'],
    ]) {
      expect(t('cell', { column: column ?? '', item: item ?? '' })).toBe(fixed('cell', { column, item }));
    }
    expect(t('twice', { a: 'x', b: 'y' })).toBe('x then x and y');
    expect(t('twice', { a: 'p', b: 'q' })).toBe('p then p and q');
  });

  it('leaves plurals, numbers, formats and missing keys to i18next', () => {
    expect(t('rows', { count: 1 })).toBe('1 row');
    expect(t('rows', { count: 5 })).toBe('5 rows');
    expect(t('upper', { name: 'ana' })).toBe('Hi ANA');
    expect(t('upper', { name: 'ben' })).toBe('Hi BEN');
    expect(t('missing', { name: 'ana' })).toBe('missing');
    expect(t('cell')).toBe(fixed('cell'));
  });
});
