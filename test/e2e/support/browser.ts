import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type BrowserServer, chromium, type Page } from 'playwright-core';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built web app, served by the server under test (`npm run build -w client` first). */
// E2E_CLIENT_DIR lets a developer test a build of their own while another build runs.
export const CLIENT_DIR = process.env.E2E_CLIENT_DIR ?? path.join(root, 'client/dist');
export const SHOTS_DIR = path.join(root, 'test-results/e2e');

const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

function assertClientBuilt(): void {
  if (!fs.existsSync(path.join(CLIENT_DIR, 'index.html'))) {
    throw new Error(`${CLIENT_DIR} is missing: run npm run build -w client first`);
  }
}

/** Debian's Chromium, headless; never a browser download. */
export async function launchChromium(): Promise<Browser> {
  assertClientBuilt();
  return chromium.launch(CHROMIUM);
}

/**
 * The same Chromium as a server that every e2e file connects to (`connectChromium`), so the project
 * starts one browser instead of one per file. Each file still works in fresh contexts of its own.
 */
export async function launchChromiumServer(): Promise<BrowserServer> {
  assertClientBuilt();
  return chromium.launchServer(CHROMIUM);
}

/** Connects to the browser of {@link launchChromiumServer}. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** How a person's browser profile differs from the default desktop one. */
export interface ContextOptions {
  width?: number;
  height?: number;
  locale?: string;
  bypassCSP?: boolean;
  mobile?: boolean;
}

/** A fresh profile (own storage, own IndexedDB) with the app's test hook switched on. */
export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-GB',
    bypassCSP: options.bypassCSP ?? false,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // The machine running the tests may be busy: be patient, never sleep.
  context.setDefaultTimeout(60_000);
  await context.addInitScript(() => {
    (window as unknown as { __mentoringE2E: boolean }).__mentoringE2E = true;
  });
  return context;
}

/** Numbered full-page screenshots of one scenario, under `test-results/e2e/<scenario>/`. */
export function screenshots(scenario: string): (page: Page, step: string) => Promise<void> {
  const dir = path.join(SHOTS_DIR, scenario);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page, step) => {
    n += 1;
    const name = `${String(n).padStart(2, '0')}-${step.replace(/[^a-z0-9-]+/gi, '-')}.png`;
    await page.screenshot({ path: path.join(dir, name), fullPage: true });
  };
}

/** Collects uncaught page errors, to fail a scenario that passed by luck. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
