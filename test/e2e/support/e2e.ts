import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { type ContextOptions, connectChromium, newContext } from './browser.js';

/** One e2e file's view of the shared browser and server (see `global-setup.ts`). */
export interface E2e {
  /** The server under test, e.g. `http://127.0.0.1:40123`. */
  readonly httpUrl: string;
  readonly browser: Browser;
  /** A fresh browser profile, closed after the file. */
  context(options?: ContextOptions): Promise<BrowserContext>;
}

/**
 * Connects the file to the e2e project's shared Chromium and picks the server on SQLite (default)
 * or on Redis; closes the file's contexts after it. Call at the top of a `describe`.
 */
export function useE2e({ store = 'sqlite' }: { store?: 'sqlite' | 'redis' } = {}): E2e {
  const shared = inject('e2e');
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await connectChromium(shared.chromium);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    // Disconnects this file; the browser itself stays for the next file.
    await browser?.close();
  });

  return {
    httpUrl: store === 'redis' ? shared.redisUrl : shared.sqliteUrl,
    get browser() {
      if (!browser) throw new Error('useE2e: the browser is connected in beforeAll');
      return browser;
    },
    async context(options) {
      const context = await newContext(this.browser, options);
      contexts.push(context);
      return context;
    },
  };
}
