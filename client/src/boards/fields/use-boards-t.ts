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
  getFixedT(language: string, namespace: string): (key: string, options?: object) => string;
}

/**
 * Makes sure the `boards` namespace is loaded. The app's i18next instance loads it with the others
 * (app/i18n.ts), so this only matters for an instance made elsewhere.
 */
export function registerBoardStrings(instance: i18n): void {
  if (!instance.hasLoadedNamespace(BOARDS_NAMESPACE)) void instance.loadNamespaces(BOARDS_NAMESPACE);
}

/**
 * The board strings in the interface language, and that language. Used once per board (the scope
 * passes `t` down), so that a thousand fields do not each listen to i18next.
 */
export function useBoardsT(): { t: BoardsT; language: TemplateLanguage } {
  const { i18n: instance } = useTranslation();
  const { language } = useLanguage();
  registerBoardStrings(instance);
  const t = useMemo<BoardsT>(() => {
    const fixed = (instance as unknown as UntypedI18n).getFixedT(language, BOARDS_NAMESPACE);
    // A string without values is looked up once per language: a 200-row table asks for each column
    // heading on every row (thousands of i18next lookups on first render). Only found strings are
    // kept; a key that falls back to itself may still be loading.
    const plain = new Map<string, string>();
    return (key, values) => {
      if (values) return fixed(key, values);
      const kept = plain.get(key);
      if (kept !== undefined) return kept;
      const text = fixed(key);
      if (text !== key) plain.set(key, text);
      return text;
    };
  }, [instance, language]);
  return { t, language };
}
