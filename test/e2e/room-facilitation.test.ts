import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBoard, waitForCanvas } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { KIND_LABELS, openTemplate } from './support/boards.js';
import { SHOTS_DIR } from './support/browser.js';
import { useE2e } from './support/e2e.js';
import { E2E_LEAVE_GRACE_MS } from './support/global-setup.js';
import { gather } from './support/people.js';

const WAIT = { timeout: 30_000 };
const ROWS = 24;
/** The row the facilitator scrolls to the top of their view (with enough rows below it to do so). */
const TARGET = 6;

/** How far (px) a plan row's top is below the top of the board's scrolling area on this page. */
function rowOffset(page: Page, position: number): Promise<number | null> {
  return page.evaluate((n) => {
    const row = document.querySelector(`tr[data-position="${n}"]`);
    const scroller = document.querySelector('.template-main');
    if (!row || !scroller) return null;
    return Math.round(row.getBoundingClientRect().top - scroller.getBoundingClientRect().top);
  }, position);
}

/** Facilitation that does what the facilitator means (issue 17, items 1 to 3). */
describe('room facilitation', () => {
  const e2e = useE2e({ store: 'redis' });

  // One long scenario of three people over two grace periods: about 210 s on a loaded machine.
  it('follow-me ends when stopped or left, the projector follows the plan, votes and hands are seen', {
    timeout: 360_000,
  }, async () => {
    // What each screen shows (not the whole scrolled page), for a person to look at.
    const shot = (page: Page, step: string) =>
      page.screenshot({ path: path.join(SHOTS_DIR, 'room-facilitation', `${step}.png`) });
    const {
      host: pageF,
      guests: [pageP],
      errors,
    } = await gather(e2e, {
      programme: { title: 'Inclusive cities', mentee: 'Levadia', mentor: 'Fuenlabrada', name: 'Fatima' },
      boards: [{ title: 'Plan', kind: KIND_LABELS['action-plan'] }, { title: 'Ideas' }],
      host: { bypassCSP: true },
      guests: [
        {
          role: 'mentor',
          roleLabel: 'Mentor city',
          name: 'Jonas',
          organisation: 'Fuenlabrada',
          device: { width: 390, height: 844, mobile: true, bypassCSP: true },
        },
      ],
    });
    if (!pageP) throw new Error('no participant');
    const contextP = pageP.context();

    // The projector, made from the programme home.
    const pageR = await (await e2e.context({ width: 1920, height: 1080 })).newPage();
    pageR.on('pageerror', (error) => errors.push(error.message));
    await pageF.reload();
    await pageF.locator('#projection-join option', { hasText: 'Mentor city' }).waitFor({ state: 'attached' });
    await pageF.getByLabel('Join link to show').selectOption({ index: 1 });
    await pageF.getByRole('button', { name: 'Create the projection link' }).click();
    const projection = await pageF.getByTestId('projection-open').getAttribute('href');
    await pageR.goto(projection ?? '');
    await pageR.getByText('Waiting for the facilitator to start follow-me.').waitFor(WAIT);

    // A plan long enough to scroll; the participant is on the canvas.
    const homeUrl = pageF.url();
    await openTemplate(pageF, 'Plan');
    const planUrl = pageF.url();
    for (let n = 1; n <= ROWS; n++) {
      await pageF.getByTestId('add-row').click();
      await pageF.locator(`tr[data-position="${n}"]`).waitFor(WAIT);
    }
    await openBoard(pageP, 'Ideas');
    const ideasUrl = pageP.url();

    // Follow-me: the participant and the projector come to the plan.
    await pageF.getByTestId('workshop-toggle').click();
    await pageF.getByRole('button', { name: 'Start follow-me' }).click();
    await pageP.waitForURL(planUrl, WAIT);
    await pageR.locator('[data-testid="projection-board"] [data-testid="template-board"]').waitFor(WAIT);

    // The projector shows the rows the facilitator scrolls to, without editing chrome.
    await pageF
      .locator(`tr[data-position="${TARGET}"]`)
      .evaluate((row) => row.scrollIntoView({ block: 'start' }));
    // The follower on the phone and the projector land on the facilitator's row.
    for (const page of [pageP, pageR]) {
      await expect.poll(() => rowOffset(page, TARGET), WAIT).toBeLessThanOrEqual(2);
      await expect.poll(() => rowOffset(page, TARGET), WAIT).toBeGreaterThanOrEqual(-2);
    }
    await shot(pageR, 'projector-follows-row');
    await shot(pageP, 'phone-follows-row');
    expect(await pageR.getByText('You can read this board but not change it').isVisible()).toBe(false);
    expect(await pageR.locator('.projection-board .template-board button:visible').count()).toBe(0);
    expect(await pageR.locator('.projection-board .hint:visible').count()).toBe(0);

    // The facilitator's new tab: follow-me is on, with Stop (not "Start").
    const pageF2 = await pageF.context().newPage();
    await pageF2.goto(planUrl);
    const onElsewhere = pageF2.getByTestId('follow-leader-status');
    await onElsewhere.getByText('Follow-me is on, led by Fatima').waitFor(WAIT);

    // A vote: the participant sees it open without opening any panel, and puts a dot on a row.
    await pageF.getByLabel('Dots per person').fill('2');
    await pageF.getByTestId('vote-open').click();
    await pageP.getByTestId('room-toast').getByText('A vote is open').waitFor(WAIT);
    await expect.poll(() => pageP.getByTestId('room-live').textContent(), WAIT).toContain('A vote is open');
    await pageP.getByTestId('room-vote-badge').waitFor(WAIT);
    expect(await pageP.locator('#workshop-panel').isHidden()).toBe(true);
    // Seen on the phone without opening "More": the status row under the board bar.
    expect(await pageP.getByTestId('room-vote-badge').isVisible()).toBe(true);
    expect(await pageP.getByTestId('room-toast').isVisible()).toBe(true);
    await shot(pageP, 'phone-vote-open');
    expect(await seriousViolations(pageP, '[data-testid="room-status"]')).toEqual([]);
    const firstRow = await pageP.locator('tr[data-position="1"]').getAttribute('data-item-id');
    const dot = pageP.locator(`[data-testid="row-vote"][data-item-id="${firstRow}"]`);
    await dot.getByRole('button', { name: /Add a dot/ }).click();
    await pageP
      .locator(`[data-testid="row-vote"][data-item-id="${firstRow}"][data-placed="1"]`)
      .waitFor(WAIT);
    await pageF
      .locator(`[data-testid="vote-results"] li[data-item-id="${firstRow}"][data-count="1"]`)
      .waitFor(WAIT);

    // A raised hand is announced to the facilitator; it goes down when the participant leaves.
    await pageP.getByRole('button', { name: 'Raise my hand' }).click();
    await pageF.getByTestId('room-hands-badge').getByText('1 hand up').waitFor(WAIT);
    await pageF.getByTestId('room-toast').getByText('Jonas raised their hand.').waitFor(WAIT);
    expect(await seriousViolations(pageF, '[data-testid="room-status"]')).toEqual([]);
    await pageP.close();
    await pageF.getByTestId('room-hands-badge').waitFor({ state: 'detached', ...WAIT });
    // The server keeps a hand through a reload; past its grace period the person has left.
    await new Promise((resolve) => setTimeout(resolve, E2E_LEAVE_GRACE_MS * 2));
    const pageP2 = await contextP.newPage();
    pageP2.on('pageerror', (error) => errors.push(error.message));
    await pageP2.goto(ideasUrl);
    await pageP2.waitForURL(planUrl, WAIT);
    await pageP2.locator('[data-testid="hand-button"][aria-pressed="false"]').waitFor(WAIT);
    expect(await pageF.getByTestId('room-hands-badge').count()).toBe(0);

    // Stopped from the facilitator's other tab: off in every tab; a participant's new tab stays on
    // the board it asked for.
    await onElsewhere.getByRole('button', { name: 'Stop follow-me' }).click();
    await pageF.getByRole('button', { name: 'Start follow-me' }).waitFor(WAIT);
    await pageP2.getByTestId('follow-status').waitFor({ state: 'detached', ...WAIT });
    const pageP3 = await contextP.newPage();
    await pageP3.goto(ideasUrl);
    await waitForCanvas(pageP3);
    await pageP3.locator('[data-testid="hand-button"]:enabled').waitFor(WAIT);
    expect(pageP3.url()).toBe(ideasUrl);
    await pageP3.close();

    // Started again, then the facilitator leaves without stopping: it ends after the grace period.
    await pageF.getByRole('button', { name: 'Start follow-me' }).click();
    await pageP2.getByTestId('follow-status').waitFor(WAIT);
    // While it is on, a participant's new tab on the programme home lands on the facilitator's board.
    const pageP4 = await contextP.newPage();
    pageP4.on('pageerror', (error) => errors.push(error.message));
    await pageP4.goto(homeUrl);
    await pageP4.waitForURL(planUrl, WAIT);
    await pageP4.close();
    await pageF2.close();
    const left = Date.now();
    await pageF.close();
    await pageP2.getByTestId('follow-status').waitFor({ state: 'detached', ...WAIT });
    expect(Date.now() - left).toBeGreaterThanOrEqual(E2E_LEAVE_GRACE_MS - 500);
    await pageR.getByText('Waiting for the facilitator to start follow-me.').waitFor(WAIT);
    expect(errors).toEqual([]);
  });
});
