import type { TemplateLanguage } from '@mentoring/shared/i18n/templates';
import type { i18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/i18n';
import { BOARDS_NAMESPACE, type boardsEn } from '../locales';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${WithoutPlural<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the `boards` namespace, plurals by their base name (`actionPlan.caption` with a count). */
export type BoardsKey = Leaves<typeof boardsEn>;
/** Translates a `boards` key; `count` picks the plural form. */
export type BoardsT = (key: BoardsKey, values?: Readonly<Record<string, string | number>>) => string;

/** The i18next API this needs, untyped by namespace (the app's typings know only `translation`). */
interface UntypedI18n {
  getFixedT(language: string, namespace: string): Fixed;
}

/**
 * Makes sure the `boards` namespace is loaded. The app's i18next instance loads it with the others
 * (app/i18n.ts), so this only matters for an instance made elsewhere.
 */
export function registerBoardStrings(instance: i18n): void {
  if (!instance.hasLoadedNamespace(BOARDS_NAMESPACE)) void instance.loadNamespaces(BOARDS_NAMESPACE);
}

type Fixed = (key: string, options?: object) => string;

/** A value's mark: private-use brackets, and letters of both cases that a format would change. */
const mark = (index: number) => `\ue000${index}Xy\ue001`;
const MARK = /\ue000(\d+)Xy\ue001/g;
/** i18next options rather than values: they choose the string (plural form, context, language). */
const OPTIONS = new Set(['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'defaultValue', 'replace']);

/**
 * `fixed` with two caches. A string without values is looked up once: a 200-row table asks for
 * each column heading on every row (thousands of i18next lookups on first render). A string with
 * plain text values (a cell's name, "Comments on {{label}}": 2,400 of them in a 200-row plan) is
 * interpolated once with marks in place of the values, and then by replacing the marks. Only found
 * strings are kept (a key that falls back to itself may still be loading); a count (plural forms)
 * or another option, a number (formatted) or a template whose marks did not come through as they
 * were (a format applied to them) goes to i18next every time.
 */
export function keptStrings(fixed: Fixed): BoardsT {
  const plain = new Map<string, string>();
  const templates = new Map<string, string | null>();
  const template = (key: string, names: readonly string[]): string | null => {
    const id = `${key}\u0000${names.join('\u0000')}`;
    let kept = templates.get(id);
    if (kept !== undefined) return kept;
    const text = fixed(key, Object.fromEntries(names.map((name, index) => [name, mark(index)])));
    kept = text !== key && !/[\ue000\ue001]/.test(text.replace(MARK, '')) ? text : null;
    if (kept !== null || text !== key) templates.set(id, kept);
    return kept;
  };
  return (key, values) => {
    if (values) {
      const names = Object.keys(values);
      if (names.some((name) => OPTIONS.has(name) || typeof values[name] !== 'string')) {
        return fixed(key, values);
      }
      const kept = template(key, names);
      if (kept === null) return fixed(key, values);
      return kept.replace(MARK, (_, index: string) => String(values[names[Number(index)] ?? '']));
    }
    const kept = plain.get(key);
    if (kept !== undefined) return kept;
    const text = fixed(key);
    if (text !== key) plain.set(key, text);
    return text;
  };
}

/**
 * The board strings in the interface language, and that language. Used once per board (the scope
 * passes `t` down), so that a thousand fields do not each listen to i18next.
 */
export function useBoardsT(): { t: BoardsT; language: TemplateLanguage } {
  const { i18n: instance } = useTranslation();
  const { language } = useLanguage();
  registerBoardStrings(instance);
  const t = useMemo<BoardsT>(
    () => keptStrings((instance as unknown as UntypedI18n).getFixedT(language, BOARDS_NAMESPACE)),
    [instance, language],
  );
  return { t, language };
}
