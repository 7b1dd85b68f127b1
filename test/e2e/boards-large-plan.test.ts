import { describe, expect, it } from 'vitest';
import { createBoard, createProgramme } from './support/app.js';
import { cell, openTemplate, POLL, textOf } from './support/boards.js';
import { pageErrors, screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';

/** A plan of 200 actions stays responsive. */
describe('structured boards', () => {
  const e2e = useE2e();

  it('stays responsive with 200 actions: typing re-renders only the cell', async () => {
    const shot = screenshots('boards/5-large-plan');
    const page = await (await e2e.context()).newPage();
    const errors = pageErrors(page);
    await createProgramme(page, e2e.httpUrl, {
      title: 'A long plan',
      mentee: 'Riga',
      mentor: 'Málaga',
      name: 'Fatima',
    });
    await createBoard(page, 'Action plan', 'Action plan');
    await openTemplate(page, 'Action plan');
    const add = page.getByTestId('add-row');
    const focusedRow = () =>
      page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-position') ?? null);
    for (let n = 1; n <= 200; n++) {
      await add.click();
      // The caret goes to the new row (which scrolls it into view): wait for that before clicking on.
      await expect.poll(focusedRow, POLL).toBe(String(n));
    }
    // Focus first: moving into a cell moves the grid's one Tab stop (a tabindex on the cells left
    // and entered), which is not typing.
    const field = cell(page, 100, '1. Actions');
    await field.click();
    // While typing in the middle of the plan: long tasks (over 50 ms), and DOM changes in the table
    // outside the cell being typed in (there should be none: rows are memoised, cells bound to
    // their own Y.Text, and the completeness check waits for a pause).
    await page.evaluate(() => {
      const probe = { longTasks: [] as number[], mutations: [] as string[] };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      const table = document.querySelector('[data-testid="action-table"]');
      if (!table) throw new Error('no table');
      new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (target?.closest('tr')?.getAttribute('data-position') === '100') continue;
          probe.mutations.push(`${record.type} ${target?.tagName ?? ''}.${target?.className ?? ''}`);
        }
      }).observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const text = 'Typing stays fast in a plan of two hundred actions';
    const started = Date.now();
    await page.keyboard.type(text);
    const perKey = (Date.now() - started) / text.length;
    await expect.poll(() => field.inputValue(), POLL).toBe(text);
    const probe = await page.evaluate(
      () => (window as unknown as { __probe: { longTasks: number[]; mutations: string[] } }).__probe,
    );
    const longest = Math.max(0, ...probe.longTasks);
    console.log(`200 rows: ${perKey.toFixed(1)} ms per key, longest task ${longest.toFixed(0)} ms`);
    expect(probe.mutations).toEqual([]);
    // Generous bounds for a shared two-core machine with software rendering; a re-render of the
    // whole table on each key is far above them.
    expect(perKey).toBeLessThan(200);
    expect(longest).toBeLessThan(500);
    await shot(page, 'plan-of-200');
    // Opened again, the 200 rows arrive at once: the first ones whole, the others as their texts
    // until filled in after the first paint (engine/whole-rows.ts). A cell far down takes focus and
    // typing either way, and every row ends up with its tools.
    await page.reload();
    const table = page.getByTestId('action-table');
    await expect.poll(() => table.locator('tbody tr').count(), POLL).toBe(200);
    const far = cell(page, 180, '1. Actions');
    await far.focus();
    await page.keyboard.type('Reopened');
    await expect.poll(() => textOf(far), POLL).toBe('Reopened');
    await expect.poll(() => table.getByTestId('delete-item').count(), POLL).toBe(200);
    expect(errors).toEqual([]);
  });
});
