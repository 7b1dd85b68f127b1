import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { bestLanguage } from '@mentoring/shared/i18n/negotiate';
import type { Language } from '@mentoring/shared/schema/programme';
import type { FastifyInstance } from 'fastify';

/** The language of the page when the browser names none the product speaks. */
const FALLBACK: Language = 'en';

/** Writing direction per language (all seven are left to right; the table is where one would change). */
const DIRECTION: Record<Language, 'ltr' | 'rtl'> = {
  en: 'ltr',
  es: 'ltr',
  fr: 'ltr',
  it: 'ltr',
  nl: 'ltr',
  el: 'ltr',
  lv: 'ltr',
};

/**
 * The client's `index.html` with `<html lang dir>` set from the browser's `Accept-Language`, so the
 * page is in the right language for screen readers and hyphenation before any script runs (the
 * client then follows the person's own choice). Read once at boot.
 */
export function createIndexPage(clientDir: string): (acceptLanguage: string | undefined) => string {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const rendered = new Map<Language, string>();
  return (acceptLanguage) => {
    const language = bestLanguage(acceptLanguage) ?? FALLBACK;
    let page = rendered.get(language);
    if (page === undefined) {
      page = withLanguage(html, language);
      rendered.set(language, page);
    }
    return page;
  };
}

/** `html` with its `<html>` tag's `lang` and `dir` set to `language`'s (other attributes kept). */
export function withLanguage(html: string, language: Language): string {
  return html.replace(/<html\b([^>]*)>/i, (_tag, attributes: string) => {
    const kept = attributes.replace(/\s(lang|dir)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
    return `<html lang="${language}" dir="${DIRECTION[language]}"${kept}>`;
  });
}

/**
 * Serves the built client from `clientDir` (when it holds an `index.html`): its files as they are,
 * and every page route (`/`, `/programmes/…`; anything under `/api/` or with a dot is a real 404)
 * as the index page in the browser's language. Sets the app's one 404 handler, which never names
 * the method or the URL (Fastify's default does).
 */
export async function serveClient(fastify: FastifyInstance, clientDir: string): Promise<void> {
  const indexPage =
    clientDir && fs.existsSync(path.join(clientDir, 'index.html')) ? createIndexPage(clientDir) : null;
  if (indexPage) {
    await fastify.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      index: false,
      allowedPath: (pathname) => pathname !== '/index.html',
    });
  }
  fastify.setNotFoundHandler((request, reply) => {
    const at = request.url.indexOf('?');
    const url = at === -1 ? request.url : request.url.slice(0, at);
    const page = url === '/index.html' || (!url.startsWith('/api/') && !url.includes('.'));
    if (indexPage && request.method === 'GET' && page) {
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'Accept-Language')
        .send(indexPage(request.headers['accept-language']));
    }
    return reply.status(404).send({ error: 'not found' });
  });
}
