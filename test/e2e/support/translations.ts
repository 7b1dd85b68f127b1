import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { root } from './browser.js';

type Tree = { readonly [key: string]: string | Tree };

/** The web app's translation table of one language (shared/locales/<lng>/<ns>.json), as flat `key → text`. */
export async function loadTranslation(
  language: string,
  namespace = 'translation',
): Promise<Map<string, string>> {
  const file = path.join(root, `shared/locales/${language}/${namespace}.json`);
  const table = JSON.parse(readFileSync(file, 'utf8')) as Tree;
  const out = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const at = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(at, value);
      else walk(value, at);
    }
  };
  walk(table, '');
  return out;
}

/** A whole-string matcher for a translation, `{{placeholders}}` matching anything. */
function matcher(text: string): RegExp {
  const parts = text.split(/\{\{\s*\w+\s*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+?')}$`, 's');
}

/**
 * Every English text of the app that differs from its translation in `language` (names of languages,
 * for instance, are the same in both and are not English left behind).
 */
export async function englishOnlyMatchers(
  language = 'es',
  namespace = 'translation',
): Promise<{ key: string; text: string; pattern: RegExp }[]> {
  const en = await loadTranslation('en', namespace);
  const other = await loadTranslation(language, namespace);
  return [...en]
    .filter(([key, text]) => other.get(key) !== text)
    .map(([key, text]) => ({ key, text, pattern: matcher(text) }));
}

/**
 * Every string a person can see or hear on the page: visible text nodes (each whole), the options
 * of selects, and the accessible labels, placeholders, titles and alt texts of visible elements.
 */
export function visibleStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const visible = (element: Element) =>
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) ||
      element.closest('.visually-hidden') !== null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script,style,option')) continue;
      if (visible(parent)) out.push(text);
    }
    for (const option of document.querySelectorAll('option')) out.push(option.textContent?.trim() ?? '');
    for (const element of document.querySelectorAll('[aria-label],[placeholder],[title],[alt]')) {
      if (!visible(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out.filter(Boolean);
  });
}
