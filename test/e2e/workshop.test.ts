import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBoard, waitForCanvas } from './support/app.js';
import { screenshots } from './support/browser.js';
import { createNote, isReadonly, shapeIds, waitForRenderedNote } from './support/canvas.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const POLL = { timeout: 90_000, interval: 200 };

type Area = { x: number; y: number; w: number; h: number };
type AreaWindow = { __board?: { editor: { getViewportPageBounds: () => Area } } };

/** The board area (page coordinates) a page's canvas shows. */
function visibleArea(page: Page): Promise<Area | null> {
  return page.evaluate(() => {
    const board = (window as unknown as AreaWindow).__board;
    if (!board) return null;
    const { x, y, w, h } = board.editor.getViewportPageBounds();
    return { x, y, w, h };
  });
}

/**
 * The follower shows the leader's area fitted to its own canvas: the same centre, all of it
 * visible, and filling the canvas along one side.
 */
async function showsArea(page: Page, wanted: Area): Promise<boolean> {
  const area = await visibleArea(page);
  if (!area) return false;
  const centre = (a: Area) => [a.x + a.w / 2, a.y + a.h / 2];
  const [cx, cy] = centre(area);
  const [wx, wy] = centre(wanted);
  const fit = Math.min(area.w / wanted.w, area.h / wanted.h);
  return Math.abs(cx! - wx!) < 1 && Math.abs(cy! - wy!) < 1 && Math.abs(fit - 1) < 0.01;
}

function remaining(page: Page): Promise<number> {
  return page
    .locator('[data-testid="timer"][data-status="running"]')
    .first()
    .getAttribute('data-remaining-ms', { timeout: 90_000 })
    .then(Number);
}

/** The timer is running on this page and its remaining time goes down. */
async function expectCountingDown(page: Page): Promise<void> {
  const first = await remaining(page);
  expect(first).toBeGreaterThan(0);
  await expect.poll(() => remaining(page), POLL).toBeLessThan(first);
}

/** A workshop with a facilitator, a participant and the room projector, on a server with Redis. */
describe('workshop', () => {
  const e2e = useE2e({ store: 'redis' });

  it('follow-me, timer, dot voting, lock and the projection view', async () => {
    const shot = screenshots('workshop');
    const {
      host: pageF,
      guests: [pageP],
      programme: { url: homeF },
      errors,
    } = await gather(e2e, {
      programme: { title: 'Language learning', mentee: 'Málaga', mentor: 'Gent', name: 'Fatima' },
      boards: [{ title: 'Brainstorm' }, { title: 'Parking lot' }],
      guests: [{ role: 'mentee', roleLabel: 'Mentee city', name: 'Marco', organisation: 'City of Málaga' }],
    });
    if (!pageP) throw new Error('no participant');
    const pageR = await (await e2e.context({ width: 1920, height: 1080 })).newPage();
    pageR.on('pageerror', (error) => errors.push(error.message));

    // The projection: an observer invite made from the programme home, showing the mentee link.
    await pageF.reload();
    await pageF.locator('#projection-join option', { hasText: 'Mentee city' }).waitFor({ state: 'attached' });
    await pageF.getByLabel('Join link to show').selectOption({ index: 1 });
    await pageF.getByRole('button', { name: 'Create the projection link' }).click();
    const projection = await pageF.getByTestId('projection-open').getAttribute('href');
    expect(projection).toContain('/project#token=');
    await pageR.goto(projection ?? '');
    await pageR.getByText('Waiting for the facilitator to start follow-me.').waitFor();
    await pageR.getByTestId('projection-join-link').waitFor();

    // Follow-me: the participant, on another board, and the projector follow the facilitator.
    await openBoard(pageF, 'Brainstorm');
    await createNote(pageF, 'idea-a', 0, 0, 'Conversation cafés');
    await createNote(pageF, 'idea-b', 300, 0, 'Volunteer tandems');
    await openBoard(pageP, 'Parking lot');
    const brainstormUrl = pageF.url();
    await pageF.getByTestId('workshop-toggle').click();
    await pageF.getByRole('button', { name: 'Start follow-me' }).click();
    await pageP.waitForURL(brainstormUrl, { timeout: 90_000 });
    await waitForCanvas(pageP);
    await waitForRenderedNote(pageP, 'idea-a', 'Conversation cafés');
    const brainstormId = new URL(brainstormUrl).pathname.split('/').pop() ?? '';
    await pageR
      .locator(`[data-testid="projection"][data-board-id="${brainstormId}"]`)
      .waitFor({ timeout: 90_000 });
    await waitForRenderedNote(pageR, 'idea-a', 'Conversation cafés');
    await pageF.evaluate(() => {
      const editor = (window as unknown as { __board: { editor: { setCamera: (p: object) => void } } })
        .__board.editor;
      editor.setCamera({ x: -321, y: 123, z: 0.75 });
    });
    const wanted = await visibleArea(pageF);
    expect(wanted?.x).toBeCloseTo(321, 0);
    await expect.poll(() => showsArea(pageP, wanted!), POLL).toBe(true);
    // The projector's 1920 x 1080 screen shows the same area as the facilitator's laptop, larger.
    await expect.poll(() => showsArea(pageR, wanted!), POLL).toBe(true);
    await pageP.getByText('Following the facilitator').waitFor();

    // The timer counts down on all three, from the server's clock.
    await pageF.getByLabel('Minutes').fill('3');
    await pageF.getByRole('button', { name: 'Start', exact: true }).click();
    await expectCountingDown(pageF);
    await expectCountingDown(pageP);
    await expectCountingDown(pageR);

    // Hands and the spotlight: the facilitator sees a raised hand, lowers it, spotlights the person.
    await pageP.getByRole('button', { name: 'Raise my hand' }).click();
    await pageF
      .getByTestId('hands-summary')
      .getByText('Marco', { exact: false })
      .waitFor({ timeout: 90_000 });
    await pageF.getByRole('button', { name: 'Lower the hand of Marco' }).click();
    await pageF.getByTestId('hands-summary').getByText('No hands raised.').waitFor({ timeout: 90_000 });
    await pageF.getByRole('button', { name: 'Spotlight Marco' }).click();
    await pageR
      .getByTestId('projection-spotlight')
      .getByText('Marco', { exact: false })
      .waitFor({ timeout: 90_000 });

    // Dot voting on the stickies: cast by the participant, revealed by the facilitator.
    await pageF.getByLabel('Dots per person').fill('2');
    await pageF.getByTestId('vote-open').click();
    await pageP.getByTestId('workshop-toggle').click();
    await pageP.getByRole('button', { name: 'Add a dot to “Volunteer tandems”', exact: true }).click();
    await pageP.getByText('Dots left: 1').waitFor({ timeout: 90_000 });
    await pageF
      .locator('[data-testid="vote-results"] li[data-item-id="shape:idea-b"][data-count="1"]')
      .waitFor();
    await pageF.getByTestId('vote-reveal').click();
    await pageP
      .locator('[data-testid="vote-results"] li[data-item-id="shape:idea-b"][data-count="1"]')
      .waitFor({ timeout: 90_000 });
    await pageR
      .locator('.projection-votes li[data-item-id="shape:idea-b"][data-count="1"]')
      .waitFor({ timeout: 90_000 });
    // The count also stands on the sticky itself, on the canvas.
    await expect
      .poll(() => pageP.getByTestId('vote-badge').allTextContents(), { timeout: 90_000 })
      .toEqual(['1']);
    await shot(pageF, 'facilitator-vote-revealed');
    await shot(pageP, 'participant-vote-revealed');

    // The room screen at both resolutions.
    await shot(pageR, 'projector-1920x1080');
    await pageR.setViewportSize({ width: 3840, height: 2160 });
    await expect.poll(() => pageR.evaluate(() => window.innerWidth), POLL).toBe(3840);
    await shot(pageR, 'projector-3840x2160');

    // A locked board: read-only for the participant, and the document unchanged.
    await pageF.getByTestId('lock-toggle').click();
    await pageP.getByText('locked', { exact: false }).first().waitFor({ timeout: 90_000 });
    await expect.poll(() => isReadonly(pageP), POLL).toBe(true);
    await createNote(pageP, 'intruder', 600, 0, 'Should not exist');
    await createNote(pageF, 'after-lock', 0, 300, 'Facilitators still edit');
    // The facilitator's later note reaching the participant shows that the refused one would have too.
    const expected = ['shape:after-lock', 'shape:idea-a', 'shape:idea-b'];
    await expect.poll(() => shapeIds(pageP), POLL).toEqual(expected);
    expect(await shapeIds(pageF)).toEqual(expected);
    await shot(pageP, 'participant-locked');
    expect(homeF).toContain('/programmes/');
    expect(errors).toEqual([]);
  });
});
