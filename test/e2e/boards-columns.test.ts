import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForStatus } from './support/app.js';
import { boardShots, cell, LONG, openTemplate, POLL, seriousViolations } from './support/boards.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const ACTIONS = /^Width of the column .*Actions$/;

function width(page: Page): Promise<number> {
  return page
    .getByRole('separator', { name: ACTIONS })
    .getAttribute('aria-valuenow')
    .then((value) => Number(value));
}

/** The action plan's columns resized by keyboard and by dragging, kept per board on this device. */
describe('resizable table columns', () => {
  const e2e = useE2e();

  it('a separator with arrow keys and a drag widens a column; the width stays on this device only', async () => {
    const shot = boardShots('boards/8-columns');
    const desktop = { width: 1366, height: 768, bypassCSP: true };
    const { host, guests, errors } = await gather(e2e, {
      host: desktop,
      programme: { title: 'Language learning', mentee: 'Jelgava', mentor: 'Schaerbeek', name: 'Inese' },
      boards: [{ title: 'Action plan', kind: 'Action plan' }],
      guests: [{ role: 'mentee', roleLabel: 'Mentee city', name: 'Jānis', device: desktop }],
    });
    const guest = guests[0]!;
    await openTemplate(host, 'Action plan');
    await host.getByRole('button', { name: 'Add an action' }).click();
    await waitForStatus(host, { link: 'live', save: 'saved' });

    // From a cell: Escape to the grid, up to the heading, Enter reaches its width handle.
    await cell(host, 1, '1. Actions').click();
    await host.keyboard.press('Escape');
    await host.keyboard.press('ArrowUp');
    await host.keyboard.press('Enter');
    const separator = host.getByRole('separator', { name: ACTIONS });
    await expect.poll(() => separator.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    const before = await width(host);
    expect(before).toBeGreaterThan(0);
    for (let n = 0; n < 3; n++) await host.keyboard.press('ArrowRight');
    await host.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => width(host), POLL).toBeGreaterThanOrEqual(before + 3 * 16 + 64 - 2);
    const keyed = await width(host);
    expect(keyed).toBeLessThanOrEqual(before + 3 * 16 + 64 + 2);
    // Escape goes back to the heading cell, not into the table's rows.
    await host.keyboard.press('Escape');
    expect(await host.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('columnheader');
    expect(await seriousViolations(host)).toEqual([]);

    // Dragging the handle narrows it by about what the pointer moved.
    const box = await separator.boundingBox();
    if (!box) throw new Error('no separator box');
    await host.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await host.mouse.down();
    await host.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2, { steps: 5 });
    await host.mouse.up();
    await expect.poll(() => width(host), POLL).toBeLessThanOrEqual(keyed - 78);
    const dragged = await width(host);
    await shot(host, 'resized-1366');

    // Kept on this device after a reload; another person's device keeps its own widths.
    await host.reload();
    await host.locator('[data-testid="template-board"]').waitFor({ timeout: LONG });
    await expect.poll(() => width(host), POLL).toBeGreaterThanOrEqual(dragged - 2);
    expect(await width(host)).toBeLessThanOrEqual(dragged + 2);
    await openTemplate(guest, 'Action plan');
    await expect.poll(() => width(guest), POLL).toBeGreaterThanOrEqual(before - 2);
    expect(await width(guest)).toBeLessThanOrEqual(before + 2);

    // On a phone the rows are cards: no column handles to trip over.
    await host.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => separator.isVisible(), POLL).toBe(false);
    await shot(host, 'cards-390');
    expect(errors).toEqual([]);
  });
});
