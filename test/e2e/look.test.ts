import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard, createProgramme, waitForCanvas, waitForStatus } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { useE2e } from './support/e2e.js';

const LONG_TITLE =
  `Action plan for the reception of newcomers: language, housing, work and ${'participation '.repeat(4)}`
    .slice(0, 120)
    .trim();

/** The bar's height and whether the page scrolls sideways. */
function measureBar(page: Page) {
  return page.evaluate(() => ({
    bar: document.querySelector('[data-testid="board-bar"]')?.getBoundingClientRect().height ?? 0,
    fits: document.documentElement.scrollWidth <= window.innerWidth,
  }));
}

/**
 * The look's promises: the top bar keeps one row at 1366 px with a 120-character title and on a
 * 390-px phone; the person menu changes the language by keyboard alone; axe finds no serious or
 * critical violation on the start page, the programme, an action plan and a canvas at both sizes.
 */
describe('a coherent look', () => {
  const e2e = useE2e();

  it('keeps the bar on one row, switches language from the person menu by keyboard, passes axe', async () => {
    const page = await (await e2e.context({ width: 1366, height: 768, bypassCSP: true })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { url: programmeUrl } = await createProgramme(page, e2e.httpUrl, {
      title: 'Inclusive cities',
      mentee: 'Levadia',
      mentor: 'Fuenlabrada',
      name: 'Eleni',
    });
    expect(LONG_TITLE.length).toBeGreaterThanOrEqual(110);
    await createBoard(page, LONG_TITLE, 'Action plan');
    await createBoard(page, 'Sketches');
    const hrefOf = async (title: string) =>
      new URL(
        (await page.getByRole('link', { name: title, exact: true }).getAttribute('href')) ?? '',
        e2e.httpUrl,
      ).href;
    const planUrl = await hrefOf(LONG_TITLE);
    const canvasUrl = await hrefOf('Sketches');

    const axeOn = async (step: string) => expect(await seriousViolations(page), step).toEqual([]);
    for (const size of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${e2e.httpUrl}/`);
      await page.locator('#programme-title').waitFor();
      await axeOn(`start ${size.width}`);
      await page.goto(programmeUrl);
      await page.getByRole('heading', { level: 1, name: 'Inclusive cities' }).waitFor();
      await axeOn(`programme ${size.width}`);
      await page.goto(planUrl);
      await page.locator('[data-testid="template-board"]').waitFor();
      await waitForStatus(page, { link: 'live' });
      // One row: the bar is as tall as one control row (44 px and its padding), the title cut.
      const plan = await measureBar(page);
      expect(plan.bar, `bar height at ${size.width}`).toBeLessThanOrEqual(64);
      expect(plan.fits, `no sideways scroll at ${size.width}`).toBe(true);
      expect(await page.getByRole('heading', { level: 1, name: LONG_TITLE }).isVisible()).toBe(true);
      await axeOn(`action plan ${size.width}`);
      await page.goto(canvasUrl);
      await waitForCanvas(page);
      expect((await measureBar(page)).bar).toBeLessThanOrEqual(64);
      // Avatars once: tldraw's own people menu is not there beside the bar's.
      expect(await page.locator('.tlui-people-menu').count()).toBe(0);
      await axeOn(`canvas ${size.width}`);
    }

    // The canvas's style panel is closed until asked for.
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(canvasUrl);
    await waitForCanvas(page);
    expect(await page.locator('.tlui-style-panel').count()).toBe(0);
    await page.getByTestId('style-panel-toggle').click();
    await page.locator('.tlui-style-panel').waitFor();

    // The person menu, by keyboard alone: focus it, open with Enter, arrow to Español, Enter.
    await page.getByTestId('person-menu').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    expect(await page.getByText('Eleni', { exact: true }).isVisible()).toBe(true);
    for (let i = 0; i < 8; i++) {
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('lang'));
      if (focused === 'es') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    await page.getByRole('link', { name: 'Volver al programa' }).waitFor();
    // Focus is back on the menu's button, whose name now speaks Spanish.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'person-menu',
    );
    expect(errors).toEqual([]);
  });
});
