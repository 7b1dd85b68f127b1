import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import {
  createBoard,
  createInvite,
  createProgramme,
  join,
  openBoard,
  waitForCanvas,
  waitForStatus,
} from './support/app.js';
import { CLIENT_DIR, launchChromium, newContext, pageErrors, screenshots } from './support/browser.js';
import {
  createNote,
  isReadonly,
  moveShape,
  shapeIds,
  shapePosition,
  waitForRenderedNote,
} from './support/canvas.js';

const POLL = { timeout: 60_000, interval: 100 };

/** An observer link (the room projector, a politician at the final presentation): live, read-only. */
describe('observer', () => {
  let server: ServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ CLIENT_DIR });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it('sees live changes and cannot edit', async () => {
    const shot = screenshots('4-observer');
    const facilitator = await newContext(browser);
    const observer = await newContext(browser);
    contexts.push(facilitator, observer);
    const pageF = await facilitator.newPage();
    const pageO = await observer.newPage();
    const errors = [...pageErrors(pageF), ...pageErrors(pageO)];

    await createProgramme(pageF, server.httpUrl, {
      title: 'Housing first',
      mentee: 'Lisboa',
      mentor: 'Helsinki',
      name: 'Ana',
    });
    await createBoard(pageF, 'Final presentation');
    const link = await createInvite(pageF, 'observer', 'Observer (view only)');
    await join(pageO, link, 'Room projector');
    // Observers may not create boards; the form is not offered.
    expect(await pageO.getByRole('button', { name: 'Create board' }).count()).toBe(0);
    await shot(pageO, 'observer-home');
    await openBoard(pageF, 'Final presentation');
    await openBoard(pageO, 'Final presentation');
    expect(await pageO.getByTestId('connection-status').textContent()).toContain('View only');
    expect(await isReadonly(pageO)).toBe(true);

    // Live: what the facilitator does appears on the projector.
    await createNote(pageF, 'goal', 100, 100, 'Housing first pilot');
    await waitForRenderedNote(pageO, 'goal', 'Housing first pilot');
    await moveShape(pageF, 'goal', 300, 200);
    await expect.poll(() => shapePosition(pageO, 'goal'), POLL).toEqual({ x: 300, y: 200 });
    await shot(pageO, 'observer-sees-live-change');

    // Cannot edit: neither through the editor nor with the keyboard and pointer.
    await createNote(pageO, 'intruder', 0, 0, 'Should not exist');
    await moveShape(pageO, 'goal', 0, 0);
    await pageO.locator('.tl-canvas').click({ position: { x: 600, y: 400 } });
    await pageO.keyboard.press('n');
    await pageO.locator('.tl-canvas').click({ position: { x: 600, y: 400 } });
    expect(await shapeIds(pageO)).toEqual(['shape:goal']);
    expect(await shapePosition(pageO, 'goal')).toEqual({ x: 300, y: 200 });
    await shot(pageO, 'observer-after-trying-to-edit');

    // Nothing reached the server: the facilitator, after a reload, has exactly their own note.
    await createNote(pageF, 'second', 500, 100, 'Second note');
    await waitForRenderedNote(pageO, 'second', 'Second note');
    await waitForStatus(pageF, { link: 'live', save: 'saved' });
    await pageF.reload();
    await waitForCanvas(pageF);
    await expect.poll(() => shapeIds(pageF), POLL).toEqual(['shape:goal', 'shape:second']);
    expect(await shapePosition(pageF, 'goal')).toEqual({ x: 300, y: 200 });
    // The observer was never told an edit was refused, because none was sent.
    expect(await pageO.locator('.connection-problem').count()).toBe(0);
    await shot(pageF, 'facilitator-after-reload');
    expect(errors).toEqual([]);
  });
});
