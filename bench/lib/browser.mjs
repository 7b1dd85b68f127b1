/**
 * Chromium for scenario 7: Debian's browser driven by the product's playwright-core (never a
 * download), with the e2e tests' flags and test hook, plus a small probe in each page that times
 * when a remote edit reaches the DOM and the frame after it.
 */

const CHROMIUM = '/usr/bin/chromium';
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** playwright-core's `chromium`, or null with the reason when it or the browser is missing. */
export async function loadChromium() {
  const { existsSync } = await import('node:fs');
  if (!existsSync(CHROMIUM)) return { chromium: null, missing: `${CHROMIUM} (Debian package chromium)` };
  try {
    // Found by walking up from bench/: the product's own devDependency, not the bench's.
    const { chromium } = await import('playwright-core');
    return { chromium, missing: null };
  } catch {
    return { chromium: null, missing: 'playwright-core (npm ci at the repository root)' };
  }
}

/** Headless Chromium with the flags of test/e2e/support/browser.ts. */
export function launch(chromium) {
  return chromium.launch({
    executablePath: CHROMIUM,
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
  });
}

/**
 * Runs in every page before its scripts. `arm(selector, marker, mode)` starts watching one element
 * for a text: `mode` 'text' uses a MutationObserver on the DOM; 'value' hooks the textarea `value`
 * setter (a form control's value is not DOM content, so no MutationObserver sees it). `result()`
 * gives, in `performance.now()`, when the text got into the DOM (`domAt`), when the next animation
 * frame began (`rafAt`) and when that frame was rendered (`frameAt`: a task posted from the frame's
 * callback runs once its style, layout and paint are done).
 */
function pageProbe() {
  window.__mentoringE2E = true;
  // Long tasks (start, duration): the main thread's busy time before and after the first render,
  // less sensitive to a loaded machine than the wall time of the first render.
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask' });
  let watch = null;
  const hit = () => {
    if (!watch || watch.domAt !== null || !watch.check()) return;
    const current = watch;
    current.domAt = performance.now();
    requestAnimationFrame(() => {
      current.rafAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        current.frameAt = performance.now();
        current.resolve();
      };
      channel.port2.postMessage(null);
    });
  };
  const setter = /** @type {PropertyDescriptor & { set(this: HTMLTextAreaElement, value: string): void }} */ (
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')
  );
  Object.defineProperty(HTMLTextAreaElement.prototype, 'value', {
    ...setter,
    set(value) {
      setter.set.call(this, value);
      if (watch?.mode === 'value') hit();
    },
  });
  const observer = new MutationObserver(hit);
  window.__benchProbe = {
    arm(selector, marker, mode) {
      const check =
        mode === 'value'
          ? () =>
              /** @type {HTMLTextAreaElement | null} */ (document.querySelector(selector))?.value.includes(
                marker,
              ) ?? false
          : () => document.querySelector(selector)?.textContent.includes(marker) ?? false;
      let resolve;
      const done = new Promise((r) => {
        resolve = r;
      });
      watch = { mode, check, domAt: null, rafAt: null, frameAt: null, resolve, done };
      if (mode === 'text')
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    async result(timeoutMs) {
      const current = watch;
      await Promise.race([current.done, new Promise((r) => setTimeout(r, timeoutMs))]);
      observer.disconnect();
      watch = null;
      return { domAt: current.domAt, frameAt: current.frameAt, rafAt: current.rafAt };
    },
  };
}

/** A fresh profile (own storage, own IndexedDB, empty HTTP cache) with the probe installed. */
export async function newProbedContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  context.setDefaultTimeout(120_000);
  await context.addInitScript(pageProbe);
  return context;
}

/**
 * The page's `performance.now()` minus the bench's monotonic clock (both CLOCK_MONOTONIC based on
 * Linux), from the round trip with the smallest time; `uncertaintyMs` is half that round trip.
 */
export async function clockOffset(page, tries = 15) {
  /** @type {{ rtt: number, offset: number } | null} */
  let best = null;
  for (let i = 0; i < tries; i++) {
    const before = now();
    const inPage = await page.evaluate(() => performance.now());
    const after = now();
    if (!best || after - before < best.rtt)
      best = { rtt: after - before, offset: inPage - (before + after) / 2 };
  }
  if (!best) throw new Error('clockOffset: tries must be at least 1');
  return { offsetMs: best.offset, uncertaintyMs: best.rtt / 2 };
}

/** Resolves once the page's main thread has been idle (twice, so late timers have run too). */
export function settle(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((r) => requestIdleCallback(r, { timeout: 5_000 }));
  });
}

/** Navigation timing of the current document, in ms from navigation start. */
export function navigationTiming(page) {
  return page.evaluate(() => {
    const [nav] = /** @type {PerformanceNavigationTiming[]} */ (performance.getEntriesByType('navigation'));
    return nav
      ? {
          responseEnd: nav.responseEnd,
          domContentLoaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
        }
      : null;
  });
}

/**
 * Starts counting the page's main-thread time (Chrome DevTools Protocol `Performance`: it counts
 * from `enable`, so call this just before the navigation to measure). `read()` gives the time so
 * far, the JS heap in use after a garbage collection and the DOM node count.
 */
export async function pageMetrics(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    async read() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name) => metrics.find((m) => m.name === name)?.value ?? null;
      const ms = (name) => Math.round(value(name) * 1000); // CDP gives seconds
      return {
        jsHeapUsedBytes: value('JSHeapUsedSize'),
        domNodes: value('Nodes'),
        scriptMs: ms('ScriptDuration'),
        styleLayoutMs: ms('RecalcStyleDuration') + ms('LayoutDuration'),
        taskMs: ms('TaskDuration'),
      };
    },
    detach: () => cdp.detach(),
  };
}

/**
 * One remote edit, timed: arms the page's probe, has `edit()` make the change elsewhere (it returns
 * `{ sentAt }` on the monotonic clock), and converts the page's times with `clock`. Null times when
 * the text did not show within `timeoutMs`.
 */
export async function timeRemoteEdit(page, clock, { selector, marker, mode }, edit, timeoutMs = 10_000) {
  await page.evaluate(({ selector, marker, mode }) => window.__benchProbe.arm(selector, marker, mode), {
    selector,
    marker,
    mode,
  });
  const { sentAt } = await edit();
  const { domAt, frameAt, rafAt } = await page.evaluate((ms) => window.__benchProbe.result(ms), timeoutMs);
  const since = (t) => (t === null ? null : t - clock.offsetMs - sentAt);
  return { domMs: since(domAt), frameMs: since(frameAt), rafMs: since(rafAt) };
}
