import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBoard } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** Fails with the list of horizontal overflows: a 390-px phone must not scroll sideways. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/**
 * axe-core (WCAG 2.1 A/AA and best practices) reports no serious or critical violation on the start,
 * join and programme pages, on a desktop and on a 390-px phone; the board's chrome fits the phone;
 * the start form works with the keyboard alone.
 */
describe('accessibility and small screens', () => {
  const e2e = useE2e();

  for (const screen of [
    { name: 'desktop', width: 1280, height: 800, mobile: false },
    { name: 'phone-390', width: 390, height: 844, mobile: true },
  ]) {
    it(`has no serious or critical axe violation (${screen.name})`, async () => {
      const shot = screenshots(`6-axe-${screen.name}`);
      const page = await (await e2e.context({ ...screen, bypassCSP: true })).newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const check = async (target: Page, step: string) => {
        await shot(target, step);
        expect(await seriousViolations(target), step).toEqual([]);
        expect(await fitsWidth(target), `${step} fits the width`).toBe(true);
      };

      await page.goto(`${e2e.httpUrl}/`);
      await page.getByRole('button', { name: 'Create programme' }).waitFor();
      await check(page, 'start');
      await page.getByRole('button', { name: 'Create programme' }).click();
      await page.getByText('Please correct the fields marked below.').waitFor();
      await check(page, 'start-with-errors');

      // The guest only opens the link: the join page itself is under test.
      const gathering = await gather(e2e, {
        host: page,
        programme: {
          title: 'Inclusion in the labour market',
          mentee: 'Thessaloniki',
          mentor: 'Gdańsk',
          name: 'Maria',
        },
        boards: [{ title: 'Focus group notes' }],
        guests: [
          {
            role: 'local-support',
            roleLabel: 'Local support network',
            name: 'Nikos',
            device: { ...screen, bypassCSP: true },
            join: false,
          },
        ],
      });
      const [other] = gathering.guests;
      const [link] = gathering.links;
      if (!other || !link) throw new Error('no guest');
      other.on('pageerror', (error) => errors.push(error.message));
      await page.getByRole('button', { name: 'Show QR code' }).first().click();
      await page.locator('img.qr-code').waitFor();
      await check(page, 'programme');

      await other.goto(link);
      await other.getByRole('button', { name: 'Join' }).waitFor();
      await check(other, 'join');
      await other.getByRole('button', { name: 'Join' }).click();
      await other.getByText('Please fill this in.').waitFor();
      await check(other, 'join-with-errors');
      // A dead link is told before the form.
      await other.goto(`${e2e.httpUrl}/join#token=not-a-real-token`);
      await other.getByRole('heading', { name: 'This invite link no longer works' }).waitFor();
      await check(other, 'join-dead-link');
      await other.goto(`${e2e.httpUrl}/join`);
      await other.getByRole('heading', { name: 'This address is missing its invitation' }).waitFor();
      await check(other, 'join-without-link');

      // The board's chrome (not the canvas itself) fits and keeps its controls reachable.
      await openBoard(page, 'Focus group notes');
      await shot(page, 'board');
      expect(await fitsWidth(page)).toBe(true);
      for (const control of [
        page.getByRole('link', { name: 'Back to the programme' }),
        page.getByTestId('connection-status'),
        page.getByTestId('person-menu'),
      ]) {
        expect(await control.isVisible()).toBe(true);
      }
      expect(errors).toEqual([]);
    });
  }

  it('lets a keyboard user create a programme, with focus always visible', async () => {
    const shot = screenshots('6-keyboard');
    const page = await (await e2e.context()).newPage();
    await page.goto(`${e2e.httpUrl}/`);
    await page.getByRole('button', { name: 'Create programme' }).waitFor();

    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const style = element ? getComputedStyle(element) : null;
        return {
          id: element?.id ?? '',
          text: element?.textContent?.trim() ?? '',
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
        };
      });
    // The first Tab reaches the skip link, which appears and leads to the content.
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Skip to content');
    await shot(page, 'skip-link');

    const typeInto = async (id: string, text: string) => {
      for (let i = 0; i < 12 && (await focused()).id !== id; i++) await page.keyboard.press('Tab');
      const now = await focused();
      expect(now.id).toBe(id);
      expect(now.outline).not.toMatch(/^none/);
      await page.keyboard.type(text);
    };
    await typeInto('programme-title', 'Reception of newcomers');
    await typeInto('programme-menteeCity', 'Tartu');
    await typeInto('programme-mentorCity', 'Ghent');
    await typeInto('programme-facilitatorName', 'Kadri');
    await shot(page, 'form-filled-by-keyboard');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/programmes\//);
    await page.getByRole('heading', { level: 1, name: 'Reception of newcomers' }).waitFor();
    await shot(page, 'programme-created-by-keyboard');
  });
});
