import { describe, expect, it } from 'vitest';
import { openBoard, waitForCanvas, waitForStatus } from './support/app.js';
import { screenshots } from './support/browser.js';
import {
  createNote,
  isReadonly,
  moveShape,
  shapeIds,
  shapePosition,
  waitForRenderedNote,
} from './support/canvas.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const POLL = { timeout: 60_000, interval: 100 };

/** An observer link (the room projector, a politician at the final presentation): live, read-only. */
describe('observer', () => {
  const e2e = useE2e();

  it('sees live changes and cannot edit', async () => {
    const shot = screenshots('4-observer');
    const {
      host: pageF,
      guests: [pageO],
      errors,
    } = await gather(e2e, {
      programme: { title: 'Housing first', mentee: 'Lisboa', mentor: 'Helsinki', name: 'Ana' },
      boards: [{ title: 'Final presentation' }],
      guests: [{ role: 'observer', roleLabel: 'Observer (view only)', name: 'Room projector' }],
    });
    if (!pageO) throw new Error('no observer');
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
