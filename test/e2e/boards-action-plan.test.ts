import { describe, expect, it } from 'vitest';
import { waitForStatus } from './support/app.js';
import {
  boardShots,
  cell,
  firstColumn,
  LONG,
  openTemplate,
  POLL,
  programmeWith,
  typeAtEnd,
} from './support/boards.js';
import { useE2e } from './support/e2e.js';

/** Two people co-editing the action plan, cell by cell. */
describe('structured boards', () => {
  const e2e = useE2e();

  it('lets two people co-edit the action plan: rows, cells, order, comments, checks, print view', async () => {
    const shot = boardShots('boards/1-action-plan');
    const { pageA, pageB, errors } = await programmeWith(e2e, shot, ['action-plan'], {
      value: 'mentee',
      label: 'Mentee city',
      name: 'Jānis',
      organisation: 'Riga City Council',
    });
    await openTemplate(pageA, 'Action plan');
    await openTemplate(pageB, 'Action plan');
    // The header starts with the programme's title and cities.
    await expect
      .poll(() => pageB.getByLabel('Title of the plan', { exact: true }).inputValue(), POLL)
      .toBe('Language learning');
    expect(await pageB.getByLabel('Mentee city', { exact: true }).inputValue()).toBe('Riga');

    // A row added by one appears in the other, with who proposed it.
    await pageA.getByRole('button', { name: 'Add an action' }).click();
    await expect.poll(() => firstColumn(pageB), POLL).toEqual(['']);
    await expect
      .poll(
        () => pageB.locator('[data-testid="action-table"] [data-testid="proposed-by"]').first().textContent(),
        POLL,
      )
      .toBe('Proposed by Fatima');
    await pageB.getByRole('button', { name: 'Add an action' }).click();
    await expect.poll(() => firstColumn(pageA), POLL).toEqual(['', '']);
    await expect
      .poll(
        () => pageA.locator('[data-testid="action-table"] [data-testid="proposed-by"]').nth(1).textContent(),
        POLL,
      )
      .toBe('Proposed by Jānis, Riga City Council');

    // Both type in cells, then both in the same cell at once: everyone keeps their text.
    await typeAtEnd(cell(pageA, 1, '1. Actions'), 'Language café in libraries');
    await typeAtEnd(cell(pageB, 2, '1. Actions'), 'Volunteer mentors');
    await expect
      .poll(() => firstColumn(pageB), POLL)
      .toEqual(['Language café in libraries', 'Volunteer mentors']);
    await expect
      .poll(() => firstColumn(pageA), POLL)
      .toEqual(['Language café in libraries', 'Volunteer mentors']);
    const resultsA = cell(pageA, 1, '2. Results');
    const resultsB = cell(pageB, 1, '2. Results');
    await resultsA.click();
    // B sees A in that cell (coloured outline and name from awareness).
    await expect
      .poll(() => pageB.locator('[data-field-frame="results"]').first().getAttribute('class'), POLL)
      .toContain('being-edited');
    await expect
      .poll(() => pageB.getByTestId('editing-tag').first().textContent(), POLL)
      .toBe('Editing now: Fatima');
    await shot(pageB, 'b-sees-a-in-a-cell');
    await resultsB.click();
    await Promise.all([
      resultsA.pressSequentially('Alpha practice weekly. ', { delay: 30 }),
      resultsB.pressSequentially('Beta new friends. ', { delay: 30 }),
    ]);
    for (const field of [resultsA, resultsB]) {
      await expect.poll(() => field.inputValue(), POLL).toContain('Alpha practice weekly. ');
      await expect.poll(() => field.inputValue(), POLL).toContain('Beta new friends. ');
    }
    expect(await resultsA.inputValue()).toBe(await resultsB.inputValue());
    await shot(pageA, 'a-same-cell-both-texts');

    // Reorder with the keyboard (focus stays in the moved cell) and by dragging the handle.
    await cell(pageB, 1, '1. Actions').click();
    await pageB.keyboard.press('Alt+Shift+ArrowDown');
    await expect
      .poll(() => firstColumn(pageA), POLL)
      .toEqual(['Volunteer mentors', 'Language café in libraries']);
    await expect
      .poll(() => pageB.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.value), POLL)
      .toBe('Language café in libraries');
    await pageB.getByRole('button', { name: 'Move Action 2 up' }).click();
    await expect
      .poll(() => firstColumn(pageA), POLL)
      .toEqual(['Language café in libraries', 'Volunteer mentors']);
    const handles = pageA.getByTestId('drag-handle');
    await handles.nth(1).dragTo(pageA.locator('[data-testid="action-table"] tbody tr').first(), {
      targetPosition: { x: 20, y: 5 },
    });
    await expect
      .poll(() => firstColumn(pageB), POLL)
      .toEqual(['Volunteer mentors', 'Language café in libraries']);
    await shot(pageB, 'b-after-drag-by-a');

    // Insert below, then delete with an undo notice, and restore.
    await pageA.getByRole('button', { name: 'Insert an action below Action 1' }).click();
    await expect
      .poll(() => firstColumn(pageB), POLL)
      .toEqual(['Volunteer mentors', '', 'Language café in libraries']);
    await pageB.getByRole('button', { name: 'Delete Action 3' }).click();
    await expect.poll(() => firstColumn(pageA), POLL).toEqual(['Volunteer mentors', '']);
    await expect
      .poll(() => pageB.getByRole('status').filter({ hasText: 'Action 3 deleted.' }).count(), POLL)
      .toBe(1);
    await shot(pageB, 'b-undo-notice');
    await pageB.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => firstColumn(pageA), POLL)
      .toEqual(['Volunteer mentors', '', 'Language café in libraries']);
    await pageA.getByRole('button', { name: 'Delete Action 2' }).click();
    await expect
      .poll(() => firstColumn(pageB), POLL)
      .toEqual(['Volunteer mentors', 'Language café in libraries']);

    // Completeness: rows with empty columns are flagged until every column is filled.
    await expect
      .poll(() => pageA.getByTestId('completeness').textContent(), POLL)
      .toContain('2 actions need attention.');
    const columns = ['2. Results', '3. Timeframe', '4. Who leads', '5. Resources and partners'];
    for (const [index, column] of columns.entries()) {
      await typeAtEnd(cell(pageA, 1, column), `Volunteers ${index}`);
    }
    await typeAtEnd(cell(pageA, 1, '6. Success evaluation'), 'Better integration');
    await expect
      .poll(() => pageA.locator('tr[data-position="1"] [data-testid="row-issues"]').textContent(), POLL)
      .toContain('Success not measurable');
    await typeAtEnd(cell(pageA, 1, '6. Success evaluation'), ', 50 volunteers trained by June');
    await expect
      .poll(() => pageA.locator('tr[data-position="1"] [data-testid="row-issues"]').count(), POLL)
      .toBe(0);
    await expect
      .poll(() => pageB.getByTestId('completeness').textContent(), POLL)
      .toContain('1 action needs attention.');
    await shot(pageB, 'b-completeness');

    // A question from the mentee on a cell, answered and resolved by the facilitator.
    // A cell's comment button shows when the cell has focus (or is pointed at).
    await cell(pageB, 1, '6. Success evaluation').click();
    await pageB.getByRole('button', { name: 'Comment on 6. Success evaluation, Action 1' }).click();
    await pageB.getByLabel('Your question or comment').fill('How will you count the volunteers?');
    await pageB.getByRole('button', { name: 'Post', exact: true }).click();
    await expect
      .poll(
        () =>
          pageA.getByRole('button', { name: 'Comments on 6. Success evaluation, Action 1: 1 open' }).count(),
        POLL,
      )
      .toBe(1);
    await pageA.getByRole('button', { name: 'Comments on 6. Success evaluation, Action 1: 1 open' }).click();
    await pageA.getByRole('button', { name: 'Answer' }).click();
    await pageA.getByLabel('Your answer to Jānis').fill('With the attendance lists of the libraries.');
    await pageA.getByRole('button', { name: 'Answer' }).click();
    await expect
      .poll(() => pageB.getByTestId('comments-panel').getByTestId('comment').allTextContents(), POLL)
      .toEqual([
        expect.stringContaining('How will you count the volunteers?'),
        expect.stringContaining('With the attendance lists of the libraries.'),
      ]);
    await shot(pageB, 'b-comment-thread');
    await pageA.getByRole('button', { name: 'Mark as resolved' }).click();
    await expect
      .poll(() => pageB.getByRole('button', { name: 'Show 1 resolved thread' }).count(), POLL)
      .toBe(1);
    await pageB.keyboard.press('Escape');
    await expect.poll(() => pageB.getByTestId('comments-panel').count(), POLL).toBe(0);

    // The presentation view: a clean table of the plan.
    await pageA.getByRole('button', { name: 'Presentation view' }).click();
    const printed = pageA.getByTestId('print-view');
    await printed.waitFor({ timeout: LONG });
    expect(await printed.locator('tbody tr').count()).toBe(2);
    expect(await printed.locator('tbody tr').first().textContent()).toContain(
      '50 volunteers trained by June',
    );
    await shot(pageA, 'a-presentation-view');
    await pageA.emulateMedia({ media: 'print' });
    await shot(pageA, 'a-print-media');
    await pageA.emulateMedia({ media: 'screen' });
    await pageA.getByRole('button', { name: 'Back to editing' }).click();
    await pageA.getByTestId('action-table').waitFor({ timeout: LONG });
    await waitForStatus(pageA, { link: 'live', save: 'saved' });
    await waitForStatus(pageB, { link: 'live', save: 'saved' });
    expect(errors).toEqual([]);
  });
});
