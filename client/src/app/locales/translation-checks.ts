/**
 * The checks every resource file passes against English: same keys, the plural forms of its
 * language, the same interpolation variables, no empty text where English has some. Pure functions
 * returning problems as `file: key: what`, so a failing test names the file and key.
 */

/** A parsed resource file, nested by area. */
export type Tree = { readonly [key: string]: unknown };

/** Every leaf as `a.b.c` → value (template paths with dots inside a key flatten the same way). */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
    else out.set(path, String(value));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** `a.b_one` → `{ base: 'a.b', form: 'one' }`; a key without a plural suffix → form undefined. */
export function pluralOf(key: string): { base: string; form: string | undefined } {
  const match = PLURAL.exec(key);
  return match ? { base: key.slice(0, match.index), form: match[1] } : { base: key, form: undefined };
}

/** The `{{name}}` variables of a text, sorted (`{{name, format}}` counts as `name`). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** The plural bases of a flattened file, with the forms each has. */
function pluralForms(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of keys) {
    const { base, form } = pluralOf(key);
    if (form) out.set(base, (out.get(base) ?? new Set()).add(form));
  }
  return out;
}

const same = (a: readonly string[], b: readonly string[]) => a.join('|') === b.join('|');

/**
 * Everything wrong with `translated` (language `language`, file `file`) against `english`: keys
 * missing or extra, plural forms not those of the language (`Intl.PluralRules`), variables not
 * those of English, empty text where English has some (or the other way round).
 */
export function translationProblems(
  file: string,
  language: string,
  english: Map<string, string>,
  translated: Map<string, string>,
): string[] {
  const problems: string[] = [];
  const categories = [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
  const englishPlurals = pluralForms(english.keys());
  const translatedPlurals = pluralForms(translated.keys());
  for (const key of english.keys()) {
    if (pluralOf(key).form) continue;
    if (!translated.has(key)) problems.push(`${file}: ${key}: missing`);
  }
  for (const key of translated.keys()) {
    const { base, form } = pluralOf(key);
    if (form ? !englishPlurals.has(base) : !english.has(key))
      problems.push(`${file}: ${key}: not in English`);
  }
  for (const [base, forms] of englishPlurals) {
    const have = [...(translatedPlurals.get(base) ?? [])].sort();
    if (!same(have, categories))
      problems.push(`${file}: ${base}: plural forms [${have}] but ${language} needs [${categories}]`);
    if (!forms.has('other')) problems.push(`${file}: ${base}: English has no _other form`);
  }
  for (const [key, text] of translated) {
    const { base, form } = pluralOf(key);
    const reference = form ? english.get(`${base}_other`) : english.get(key);
    if (reference === undefined) continue;
    if ((reference.trim() === '') !== (text.trim() === ''))
      problems.push(`${file}: ${key}: ${text.trim() === '' ? 'empty' : 'has text where English is empty'}`);
    // A singular form may say "one" in words instead of {{count}}; every other variable must match.
    const withoutCount = (list: string[]) => (form ? list.filter((name) => name !== 'count') : list);
    if (!same(withoutCount(placeholders(text)), withoutCount(placeholders(reference))))
      problems.push(
        `${file}: ${key}: variables [${placeholders(text)}] differ from English [${placeholders(reference)}]`,
      );
    if (form === 'other' && !placeholders(text).includes('count'))
      problems.push(`${file}: ${key}: the _other form must show {{count}}`);
  }
  return problems;
}

/**
 * Where code names keys: every quoted literal that looks like a key (`'a.b'`, `"a.b"`), and every
 * template-literal prefix before a `${` (`` `roles.${role}` `` → `roles.`).
 */
export function keyReferences(source: string): { literals: Set<string>; prefixes: Set<string> } {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const m of source.matchAll(/['"`]([A-Za-z][\w-]*(?:\.[\w-]+)*)['"`]/g)) literals.add(m[1] ?? '');
  for (const m of source.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)) prefixes.add(m[1] ?? '');
  return { literals, prefixes };
}

/**
 * The English keys no source refers to: not as a literal (a plural by its base), not under a
 * template-literal prefix, and not as the last segment after a prefix-free dynamic lookup.
 */
export function unusedKeys(
  english: Iterable<string>,
  references: { literals: Set<string>; prefixes: Set<string> },
): string[] {
  return [...english].filter((key) => {
    const { base } = pluralOf(key);
    if (references.literals.has(base)) return false;
    for (const prefix of references.prefixes) if (base.startsWith(prefix)) return false;
    return true;
  });
}
