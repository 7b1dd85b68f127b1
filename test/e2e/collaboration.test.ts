import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForCanvas, waitForStatus } from './support/app.js';
import { screenshots } from './support/browser.js';
import {
  createNote,
  editorMounts,
  history,
  moveShape,
  shapeIds,
  shapePosition,
  waitForRenderedNote,
} from './support/canvas.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const POLL = { timeout: 60_000, interval: 100 };

/**
 * Two people on one canvas, against the real server backed by a real redis-server: live sticky
 * notes both ways, offline edits that merge on reconnect, and a reload that keeps everything.
 */
describe('live canvas (server on Redis)', () => {
  const e2e = useE2e({ store: 'redis' });

  /** A facilitator with a canvas board open, and a mentee who joined by invite with it open too. */
  async function twoOnOneBoard(shot: (page: Page, step: string) => Promise<void>, boardTitle: string) {
    const { host, guests, links, errors } = await gather(e2e, {
      programme: {
        title: 'Language learning',
        mentee: 'Riga',
        mentor: 'Málaga',
        name: 'Fatima (facilitator)',
      },
      boards: [{ title: boardTitle }],
      guests: [
        { role: 'mentee', roleLabel: 'Mentee city', name: 'Jānis', organisation: 'Riga City Council' },
      ],
      board: boardTitle,
      shot,
    });
    expect(links[0]).toMatch(/\/join#token=/);
    return { pageA: host, pageB: guests[0]!, errors };
  }

  it('shows a sticky note made by one in the other, and a move made by the other comes back', async () => {
    const shot = screenshots('1-live-sticky-notes');
    const { pageA, pageB, errors } = await twoOnOneBoard(shot, 'Brainstorm');
    // Each sees the other on the board (Yjs awareness).
    await pageA.locator('[data-testid="people-here"][data-count="2"]').waitFor({ timeout: 60_000 });
    await pageB.locator('[data-testid="people-here"][data-count="2"]').waitFor({ timeout: 60_000 });
    // A's cursor, with A's name, moves on B's screen.
    await pageA.mouse.move(500, 300);
    await pageA.mouse.move(640, 420, { steps: 8 });
    await pageB.locator('.tl-nametag', { hasText: 'Fatima (facilitator)' }).waitFor({ timeout: 60_000 });
    await shot(pageB, 'b-sees-a-cursor');

    await createNote(pageA, 'idea1', 100, 100, 'Volunteer language cafés');
    await waitForRenderedNote(pageA, 'idea1', 'Volunteer language cafés');
    await waitForRenderedNote(pageB, 'idea1', 'Volunteer language cafés');
    await shot(pageB, 'b-sees-a-note');

    await moveShape(pageB, 'idea1', 420, 260);
    await expect.poll(() => shapePosition(pageA, 'idea1'), POLL).toEqual({ x: 420, y: 260 });
    await shot(pageA, 'a-sees-b-move');
    // Undo takes back only one's own work: A's note goes, B's note and B's move stay.
    await createNote(pageA, 'mine', 100, 450, 'From A');
    await createNote(pageB, 'theirs', 700, 450, 'From B');
    await waitForRenderedNote(pageA, 'theirs', 'From B');
    await waitForRenderedNote(pageB, 'mine', 'From A');
    await history(pageA, 'undo');
    await expect.poll(() => shapeIds(pageB), POLL).toEqual(['shape:idea1', 'shape:theirs']);
    expect(await shapeIds(pageA)).toEqual(['shape:idea1', 'shape:theirs']);
    expect(await shapePosition(pageA, 'idea1')).toEqual({ x: 420, y: 260 });
    await history(pageA, 'redo');
    await expect.poll(() => shapeIds(pageB), POLL).toEqual(['shape:idea1', 'shape:mine', 'shape:theirs']);
    await shot(pageB, 'b-after-a-undo-redo');

    await waitForStatus(pageA, { link: 'live', save: 'saved' });
    await waitForStatus(pageB, { link: 'live', save: 'saved' });
    // Presence and status changes re-render the page around the canvas, never the editor itself.
    expect(await editorMounts(pageA)).toBe(1);
    expect(await editorMounts(pageB)).toBe(1);
    // Back on the programme home, A sees that B is online and on which board.
    await pageA.getByRole('link', { name: 'Back to the programme' }).click();
    await pageA
      .locator('li[data-online="true"]', { hasText: 'on Brainstorm' })
      .filter({ hasText: 'Jānis' })
      .waitFor();
    await shot(pageA, 'a-sees-who-is-where');
    expect(errors).toEqual([]);
  });

  it('keeps edits made offline and merges them when the connection returns', async () => {
    const shot = screenshots('2-offline-edits');
    const { pageA, pageB, errors } = await twoOnOneBoard(shot, 'Stakeholder map');
    await createNote(pageA, 'shared', 0, 0, 'City integration office');
    await waitForRenderedNote(pageB, 'shared', 'City integration office');

    const contextB = pageB.context();
    await contextB.setOffline(true);
    await waitForStatus(pageB, { link: 'offline' });
    expect(await pageB.getByTestId('connection-status').textContent()).toContain('Offline');
    await createNote(pageB, 'offline1', 300, 0, 'Migrant associations');
    await createNote(pageB, 'offline2', 300, 250, 'Adult schools');
    await moveShape(pageB, 'shared', 50, 400);
    // Meanwhile A keeps working, and does not see B's offline edits.
    await createNote(pageA, 'online1', 600, 0, 'Employment service');
    await waitForStatus(pageB, { link: 'offline', save: 'offline' });
    expect(await pageB.getByTestId('connection-status').textContent()).toContain('Kept on this device');
    await shot(pageB, 'b-offline-with-edits');
    expect(await shapePosition(pageA, 'offline1')).toBeNull();

    await contextB.setOffline(false);
    await waitForStatus(pageB, { link: 'live', save: 'saved' });
    const expected = ['shape:offline1', 'shape:offline2', 'shape:online1', 'shape:shared'];
    await expect.poll(() => shapeIds(pageA), POLL).toEqual(expected);
    await expect.poll(() => shapeIds(pageB), POLL).toEqual(expected);
    await expect.poll(() => shapePosition(pageA, 'shared'), POLL).toEqual({ x: 50, y: 400 });
    await waitForRenderedNote(pageA, 'offline2', 'Adult schools');
    await waitForRenderedNote(pageB, 'online1', 'Employment service');
    await shot(pageA, 'a-after-b-reconnected');
    await shot(pageB, 'b-after-reconnect');
    expect(errors).toEqual([]);
  });

  it('shows everything again after a reload, and said saved before it', async () => {
    const shot = screenshots('3-reload');
    const { pageA, pageB, errors } = await twoOnOneBoard(shot, 'Problem tree');
    await createNote(pageA, 'root', 0, 0, 'Few places in language courses');
    await createNote(pageB, 'branch', 250, 150, 'Waiting lists of six months');
    await waitForRenderedNote(pageA, 'branch', 'Waiting lists of six months');
    await moveShape(pageA, 'branch', 260, 180);
    await expect.poll(() => shapePosition(pageB, 'branch'), POLL).toEqual({ x: 260, y: 180 });
    await waitForStatus(pageA, { link: 'live', save: 'saved' });
    await waitForStatus(pageB, { link: 'live', save: 'saved' });
    const status = pageA.getByTestId('connection-status');
    expect(await status.textContent()).toContain('Saved');
    await shot(pageA, 'a-saved-before-reload');

    await pageA.reload();
    await waitForCanvas(pageA);
    await expect.poll(() => shapeIds(pageA), POLL).toEqual(['shape:branch', 'shape:root']);
    expect(await shapePosition(pageA, 'branch')).toEqual({ x: 260, y: 180 });
    await waitForRenderedNote(pageA, 'root', 'Few places in language courses');
    await shot(pageA, 'a-after-reload');
    expect(errors).toEqual([]);
  });
});
