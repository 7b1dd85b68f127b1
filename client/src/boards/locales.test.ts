import { describe, expect, it } from 'vitest';
import { boardsEn, boardsEs } from './locales';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('board strings', () => {
  const english = flatten(boardsEn);
  const spanish = flatten(boardsEs);

  it('have exactly the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...english, ...spanish]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, value] of english)
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('give every plural a one and an other form with a count', () => {
    for (const key of english.keys()) {
      if (!key.endsWith('_one')) continue;
      const base = key.slice(0, -'_one'.length);
      expect(english.has(`${base}_other`), base).toBe(true);
      expect(english.get(`${base}_other`), base).toContain('{{count}}');
    }
  });
});
