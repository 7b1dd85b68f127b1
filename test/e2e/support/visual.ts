import fs from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { root } from './browser.js';

/** Committed reference images; refreshed with `UPDATE_VISUAL=1`. */
export const REFERENCE_DIR = path.join(root, 'test/e2e/visual-reference');
/** This run's screenshots, and a `-diff.png` beside each one that differs. */
export const OUTPUT_DIR = path.join(root, 'test-results/visual');

/**
 * How far a screenshot may stray from its reference: pixelmatch's per-pixel colour threshold, and
 * the share of pixels allowed to differ (anti-aliasing, a cursor blink). A moved button or a wrapped
 * bar changes far more than 0.2 % of a screen.
 */
const PIXEL_THRESHOLD = 0.15;
const MAX_DIFF_RATIO = 0.002;

// Carets, transitions and animations off: the same page gives the same pixels.
const STILL_CSS = `*, *::before, *::after {
  caret-color: transparent !important;
  transition: none !important;
  animation: none !important;
  scroll-behavior: auto !important;
}`;

// tldraw's own layout steps (`PORTRAIT_BREAKPOINTS` in tldraw's ui/constants).
const TLDRAW_BREAKPOINTS = [0, 389, 436, 476, 580, 640, 840, 1023];

/**
 * Waits until fonts are loaded and two frames have painted, with the page frozen still. A canvas
 * also waits for tldraw to lay its toolbars out for the new size: tldraw reads its container's
 * size through a throttled listener (200 ms), so right after a resize it may still show the
 * previous size's layout.
 */
export async function settle(page: Page): Promise<void> {
  await page.addStyleTag({ content: STILL_CSS });
  await page.waitForFunction((steps) => {
    const layout = document.querySelector('.tlui-layout');
    const container = document.querySelector('.tl-container');
    if (!layout || !container) return true;
    const width = container.getBoundingClientRect().width;
    let expected = steps.length - 1;
    for (let i = 0; i < steps.length - 1; i++) {
      if (width > (steps[i] ?? 0) && width <= (steps[i + 1] ?? 0)) {
        expected = i;
        break;
      }
    }
    return layout.getAttribute('data-breakpoint') === String(expected);
  }, TLDRAW_BREAKPOINTS);
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * Takes `name`'s screenshot (viewport only) and compares it with its reference. Returns null when it
 * matches (or when references are being refreshed), else what differs.
 */
export async function compareShot(page: Page, name: string, mask: Locator[]): Promise<string | null> {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const shotPath = path.join(OUTPUT_DIR, `${name}.png`);
  const buffer = await page.screenshot({
    path: shotPath,
    animations: 'disabled',
    caret: 'hide',
    mask,
    maskColor: '#888888',
  });
  const referencePath = path.join(REFERENCE_DIR, `${name}.png`);
  if (process.env.UPDATE_VISUAL === '1') {
    fs.mkdirSync(REFERENCE_DIR, { recursive: true });
    fs.writeFileSync(referencePath, buffer);
    return null;
  }
  if (!fs.existsSync(referencePath)) return `${name}: no reference (run with UPDATE_VISUAL=1)`;
  const actual = PNG.sync.read(buffer);
  const expected = PNG.sync.read(fs.readFileSync(referencePath));
  if (actual.width !== expected.width || actual.height !== expected.height)
    return `${name}: ${actual.width}x${actual.height}, reference ${expected.width}x${expected.height}`;
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const ratio = differing / (actual.width * actual.height);
  if (ratio <= MAX_DIFF_RATIO) return null;
  fs.writeFileSync(path.join(OUTPUT_DIR, `${name}-diff.png`), PNG.sync.write(diff));
  return `${name}: ${(ratio * 100).toFixed(2)} % of pixels differ (see ${name}-diff.png)`;
}
