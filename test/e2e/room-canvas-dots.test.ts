import { describe, expect, it } from 'vitest';
import { waitForCanvas } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { screenshots } from './support/browser.js';
import { createNote, waitForRenderedNote } from './support/canvas.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const WAIT = { timeout: 60_000 };

/** Dots on the canvas's stickies themselves (issue 17, item 3): one person votes, the other sees it. */
describe('dots on canvas stickies', () => {
  const e2e = useE2e();

  it('a participant puts a dot on a sticky; the facilitator sees the count, on the sticky once revealed', async () => {
    const shot = screenshots('room-canvas-dots');
    const {
      host: pageF,
      guests: [pageP],
      errors,
    } = await gather(e2e, {
      programme: { title: 'Language learning', mentee: 'Jelgava', mentor: 'Schaerbeek', name: 'Anna' },
      boards: [{ title: 'Ideas' }],
      host: { bypassCSP: true },
      guests: [{ role: 'mentor', roleLabel: 'Mentor city', name: 'Marco', device: { bypassCSP: true } }],
      board: 'Ideas',
    });
    if (!pageP) throw new Error('no participant');
    await waitForCanvas(pageF);
    await waitForCanvas(pageP);
    await createNote(pageF, 'idea-a', 0, 0, 'Conversation cafés');
    await createNote(pageF, 'idea-b', 300, 0, 'Volunteer tandems');
    await waitForRenderedNote(pageP, 'idea-b', 'Volunteer tandems');

    // The facilitator opens a vote; the participant's stickies carry dot buttons, no panel opened.
    await pageF.getByTestId('workshop-toggle').click();
    await pageF.getByLabel('Dots per person').fill('2');
    await pageF.getByTestId('vote-open').click();
    const bar = pageP.locator('[data-testid="sticky-dot-bar"][data-item-id="shape:idea-b"]');
    await bar.waitFor(WAIT);
    expect(await pageP.locator('#workshop-panel').isHidden()).toBe(true);
    expect(await pageP.getByTestId('sticky-dot-bar').count()).toBe(2);

    // A dot on "Volunteer tandems": counted on the participant's sticky and in the facilitator's results.
    await bar.getByRole('button', { name: 'Add a dot to “Volunteer tandems” (2 dots left)' }).click();
    await pageP
      .locator('[data-testid="sticky-dot-bar"][data-item-id="shape:idea-b"][data-placed="1"]')
      .waitFor(WAIT);
    await pageF
      .locator('[data-testid="vote-results"] li[data-item-id="shape:idea-b"][data-count="1"]')
      .waitFor(WAIT);
    await shot(pageP, 'participant-dot-placed');
    expect(await seriousViolations(pageP, '.sticky-dots')).toEqual([]);
    expect(await seriousViolations(pageP, '[data-testid="room-status"]')).toEqual([]);

    // Taken back and placed again, then revealed: the facilitator sees the count on the sticky.
    await bar.getByRole('button', { name: 'Remove a dot from “Volunteer tandems”' }).click();
    await pageP
      .locator('[data-testid="sticky-dot-bar"][data-item-id="shape:idea-b"][data-placed="0"]')
      .waitFor(WAIT);
    await bar.getByRole('button', { name: /Add a dot/ }).click();
    await pageP
      .locator('[data-testid="sticky-dot-bar"][data-item-id="shape:idea-b"][data-placed="1"]')
      .waitFor(WAIT);
    await pageF.getByTestId('vote-reveal').click();
    await expect.poll(() => pageF.getByTestId('vote-badge').allTextContents(), WAIT).toEqual(['1']);
    // A revealed vote takes no more dots: the bars go.
    await pageP
      .getByTestId('sticky-dot-bar')
      .first()
      .waitFor({ state: 'detached', ...WAIT });
    await shot(pageF, 'facilitator-count-on-sticky');
    expect(errors).toEqual([]);
  });
});
