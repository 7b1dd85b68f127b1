import { expect, it } from 'vitest';

/** A table of UI strings, nested by area. */
export type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as `a.b.c` → value. */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** The checks every English/Spanish string table passes (call inside a `describe`). */
export function checkTranslations(english: Map<string, string>, spanish: Map<string, string>): void {
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
}
