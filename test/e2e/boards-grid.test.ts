import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForStatus } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { backHome, boardShots, LONG, openTemplate, POLL, textOf } from './support/boards.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** Where focus is in a grid: the cell's row and column (ARIA indices), and whether a control in it has it. */
function focusInGrid(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    const cell = active?.closest('[data-grid-cell]');
    if (!cell) return { row: 0, col: 0, editing: false, tag: active?.tagName ?? '' };
    return {
      row: Number(cell.closest('tr')?.getAttribute('aria-rowindex')),
      col: Number(cell.getAttribute('aria-colindex')),
      editing: active !== cell,
      tag: active?.tagName ?? '',
    };
  });
}

/** Tables as grids: keyboard, sticky row numbers, cards on a phone, axe while empty. */
describe('declared tables', () => {
  const e2e = useE2e();

  it('are one Tab stop with arrow keys inside, keep the row number in view, and turn into cards on a phone', async () => {
    const shot = boardShots('boards/6-grid');
    const desktop = { width: 1366, height: 768, bypassCSP: true };
    const phone = { width: 390, height: 844, mobile: true, bypassCSP: true };
    const { host, guests, errors } = await gather(e2e, {
      host: desktop,
      programme: { title: 'Inclusive cities', mentee: 'Levadia', mentor: 'Fuenlabrada', name: 'Eleni' },
      boards: [
        { title: 'Local support network', kind: 'Local support network' },
        { title: 'Action plan', kind: 'Action plan' },
      ],
      guests: [{ role: 'mentee', roleLabel: 'Mentee city', name: 'Nikos', device: phone }],
    });
    const mobile = guests[0]!;

    // Empty tables pass axe at 1366 and 390 px (the scrolling region is reachable through its grid).
    for (const [page, width] of [
      [host, 1366],
      [mobile, 390],
    ] as const) {
      for (const title of ['Local support network', 'Action plan']) {
        await openTemplate(page, title);
        await page.locator('[role="grid"]').first().waitFor({ state: 'attached', timeout: LONG });
        expect(await seriousViolations(page), `${title} at ${width} px`).toEqual([]);
        await shot(page, `${title}-empty-${width}`);
        await backHome(page);
      }
    }

    // A 5-row members table: 6 grid rows (header included) of 7 cells.
    await openTemplate(host, 'Local support network');
    for (let n = 1; n <= 5; n++) await host.getByRole('button', { name: 'Add a member' }).click();
    const grid = host.getByTestId('members-table');
    await expect.poll(() => grid.locator('tbody tr').count(), POLL).toBe(5);
    await waitForStatus(host, { link: 'live', save: 'saved' });

    // One Tab stop: back from the button after the table lands on the cell last used (the new
    // member's name, where adding put focus); Tab again leaves the table.
    const add = host.getByRole('button', { name: 'Add a member' });
    await add.focus();
    await host.keyboard.press('Shift+Tab');
    expect(await focusInGrid(host)).toMatchObject({ row: 6, col: 2, editing: false });
    await host.keyboard.press('Tab');
    expect(await add.evaluate((button) => button === document.activeElement)).toBe(true);
    await host.keyboard.press('Shift+Tab');
    await host.keyboard.press('Control+Home');
    expect(await focusInGrid(host)).toMatchObject({ row: 1, col: 1, editing: false });

    // Arrow keys go through every cell of the first column and of the last row.
    const rows: number[] = [];
    for (let n = 0; n < 5; n++) {
      await host.keyboard.press('ArrowDown');
      rows.push((await focusInGrid(host)).row);
    }
    expect(rows).toEqual([2, 3, 4, 5, 6]);
    await host.keyboard.press('ArrowDown');
    expect(await focusInGrid(host)).toMatchObject({ row: 6, col: 1 });
    const cols: number[] = [];
    for (let n = 0; n < 6; n++) {
      await host.keyboard.press('ArrowRight');
      cols.push((await focusInGrid(host)).col);
    }
    expect(cols).toEqual([2, 3, 4, 5, 6, 7]);
    await host.keyboard.press('Home');
    expect(await focusInGrid(host)).toMatchObject({ row: 6, col: 1 });
    await host.keyboard.press('End');
    expect(await focusInGrid(host)).toMatchObject({ row: 6, col: 7 });
    await host.keyboard.press('Control+Home');
    expect(await focusInGrid(host)).toMatchObject({ row: 1, col: 1 });

    // Enter edits the cell, Escape returns to the grid; a typed letter starts editing too.
    await host.keyboard.press('ArrowDown');
    await host.keyboard.press('ArrowRight');
    expect(await focusInGrid(host)).toMatchObject({ row: 2, col: 2, editing: false });
    await host.keyboard.press('Enter');
    expect(await focusInGrid(host)).toMatchObject({ row: 2, col: 2, editing: true, tag: 'INPUT' });
    await host.keyboard.type('Red Cross');
    await host.keyboard.press('Escape');
    expect(await focusInGrid(host)).toMatchObject({ row: 2, col: 2, editing: false });
    await host.keyboard.press('ArrowRight');
    await host.keyboard.type('NGO');
    expect(await focusInGrid(host)).toMatchObject({ row: 2, col: 3, editing: true });
    await host.keyboard.press('Escape');
    const member1 = (field: string) =>
      textOf(host.getByLabel(`${field}, Member 1`, { exact: true }), { timeout: LONG });
    expect(await member1('Name')).toBe('Red Cross');
    expect(await member1('Organisation')).toBe('NGO');
    // Tab from a cell leaves the table.
    await host.keyboard.press('Tab');
    expect(await add.evaluate((button) => button === document.activeElement)).toBe(true);
    // A cell shows its text until clicked; the click makes it the editor, the caret where it landed
    // (here just after the first letter of "Red Cross", not at the end).
    const name1 = host.getByLabel('Name, Member 1', { exact: true });
    expect(await name1.evaluate((element) => element.tagName)).toBe('DIV');
    await name1.scrollIntoViewIfNeeded();
    const firstLetter = await name1.evaluate((element) => {
      const range = document.createRange();
      range.setStart(element.firstChild as Text, 0);
      range.setEnd(element.firstChild as Text, 1);
      const letter = range.getBoundingClientRect();
      return { x: letter.right - 1, y: letter.top + letter.height / 2 };
    });
    await host.mouse.click(firstLetter.x, firstLetter.y);
    expect(
      await host.evaluate(() => {
        const active = document.activeElement as HTMLInputElement;
        return { tag: active.tagName, label: active.getAttribute('aria-label'), at: active.selectionStart };
      }),
    ).toEqual({ tag: 'INPUT', label: 'Name, Member 1', at: 1 });
    await host.keyboard.press('Escape');
    expect(await focusInGrid(host)).toMatchObject({ row: 2, col: 2, editing: false });
    await shot(host, 'members-by-keyboard');
    await backHome(host);

    // 1366 px: scrolled to its last column, the action plan still shows which row it is.
    await openTemplate(host, 'Action plan');
    await host.getByRole('button', { name: 'Add an action' }).click();
    const wrap = host.locator('[data-testid="action-table"]').locator('xpath=..');
    await wrap.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    await expect.poll(() => wrap.evaluate((element) => element.scrollLeft), POLL).toBeGreaterThan(0);
    const inView = await host.locator('[data-testid="action-table"] tbody .row-head').evaluate((head) => {
      const box = head.getBoundingClientRect();
      const frame = (head.closest('.table-wrap') as HTMLElement).getBoundingClientRect();
      return box.left >= frame.left - 1 && box.right <= frame.right && box.width > 0;
    });
    expect(inView).toBe(true);
    await shot(host, 'action-plan-scrolled-1366');

    // 390 px: one card per row, nothing wider than the screen.
    await openTemplate(mobile, 'Action plan');
    await mobile.locator('[data-testid="action-table"] tbody tr').first().waitFor({ timeout: LONG });
    const card = await mobile
      .locator('[data-testid="action-table"] tbody tr')
      .first()
      .evaluate((row) => ({
        display: getComputedStyle(row).display,
        width: row.getBoundingClientRect().width,
        page: document.documentElement.clientWidth,
        // Each column's name above its cell (drawn by CSS from the cell's data-label).
        labels: Array.from(row.querySelectorAll('.labelled-cell'), (cell) => {
          const label = getComputedStyle(cell, '::before');
          return label.content === 'none' ? 'none' : label.display;
        }),
      }));
    expect(card.display).toBe('flex');
    expect(card.width).toBeLessThanOrEqual(card.page);
    expect(card.labels.every((display) => display === 'block')).toBe(true);
    expect(await seriousViolations(mobile), 'action plan with a row at 390 px').toEqual([]);
    await shot(mobile, 'action-plan-cards-390');
    expect(errors).toEqual([]);
  });
});
