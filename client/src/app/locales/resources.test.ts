import { readdirSync, readFileSync } from 'node:fs';
import { LanguageSchema } from '@mentoring/shared/schema/programme';
import { describe, expect, it } from 'vitest';
import { flatten, keyReferences, type Tree, translationProblems, unusedKeys } from './translation-checks';

// The resource check of `npm test`: every language against English, file by file; and every English
// key of the namespaces the client reads is referred to somewhere in the client's sources.
//
// Limits of the "unused key" scan: a key counts as used when its text appears as a quoted literal
// anywhere in client/src or in the template declarations (not only inside t()), or falls under a template-literal prefix such as
// `roles.${role}` (which then covers every key under `roles.`). A key built some other way would be
// reported as unused; a literal that merely looks like a key hides an unused one. The `templates`
// namespace is checked against the template schemas instead (shared/src/i18n/templates.test.ts: every
// field, option and check, and nothing else), and `exports` by its strict schema
// (server/src/exports/strings.test.ts).

const LOCALES = new URL('../../../../shared/locales/', import.meta.url);
const CLIENT_SOURCES = new URL('../../', import.meta.url);
// The template declarations name the board strings of their lists and columns.
const DECLARATIONS = new URL('../../../../shared/src/schema/templates/', import.meta.url);
const NAMESPACES = ['translation', 'boards', 'templates', 'exports'] as const;
/**
 * Keys kept although no code reads them today: the board components are being reworked and these
 * were kept for them. Each must still exist in English; remove it here once it is used.
 */
const KEPT_UNUSED = new Set([
  'translation:workshop.hands',
  'boards:common.shortcuts',
  'boards:supportNetwork.warnings',
  'boards:actionPlan.linksLegend',
  'boards:benchmark.focusWithoutActions',
]);
const LANGUAGES = LanguageSchema.options;

const read = (language: string, namespace: string): Map<string, string> =>
  flatten(JSON.parse(readFileSync(new URL(`${language}/${namespace}.json`, LOCALES), 'utf8')) as Tree);

function sources(dir: URL): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return sources(new URL(`${entry.name}/`, dir));
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [readFileSync(new URL(entry.name, dir), 'utf8')];
  });
}

describe('resource files', () => {
  it('exist for exactly the languages of the schema', () => {
    const folders = readdirSync(LOCALES, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
  });

  const pairs = LANGUAGES.flatMap((language) =>
    NAMESPACES.map((namespace) => [language, namespace] as const),
  );
  it.each(pairs)('%s/%s has the keys, plural forms and variables of English', (language, namespace) => {
    const file = `shared/locales/${language}/${namespace}.json`;
    expect(translationProblems(file, language, read('en', namespace), read(language, namespace))).toEqual([]);
  });

  it('give every English plural a one and an other form with a count', () => {
    for (const namespace of NAMESPACES) {
      const english = read('en', namespace);
      for (const key of english.keys()) {
        if (!key.endsWith('_one')) continue;
        const base = key.slice(0, -'_one'.length);
        expect(english.get(`${base}_other`), `${namespace} ${base}`).toContain('{{count}}');
      }
    }
  });

  it('have no English key the client never uses (translation, boards)', () => {
    const references = { literals: new Set<string>(), prefixes: new Set<string>() };
    for (const source of [...sources(CLIENT_SOURCES), ...sources(DECLARATIONS)]) {
      const found = keyReferences(source);
      for (const literal of found.literals) references.literals.add(literal);
      for (const prefix of found.prefixes) references.prefixes.add(prefix);
    }
    for (const namespace of ['translation', 'boards'])
      expect(
        unusedKeys(read('en', namespace).keys(), references)
          .filter((key) => !KEPT_UNUSED.has(`${namespace}:${key}`))
          .map((key) => `shared/locales/en/${namespace}.json: ${key}`),
      ).toEqual([]);
    for (const kept of KEPT_UNUSED) {
      const [namespace = '', key = ''] = kept.split(':');
      expect(read('en', namespace).has(key), kept).toBe(true);
    }
  });
});
