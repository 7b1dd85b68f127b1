import { LANGUAGES as TLDRAW_LANGUAGES } from 'tldraw';

/**
 * The locale tldraw's own interface (menus, tools, style panel) gets for an interface language:
 * the same one where tldraw 3.15 ships a translation (en, es, fr, it, nl, el), else English —
 * tldraw has no Latvian, and an unknown locale would make it warn and fall back to English anyway.
 */
export function tldrawLocale(language: string): string {
  return TLDRAW_LANGUAGES.some((entry) => entry.locale === language) ? language : 'en';
}
