import { describe, expect, it } from 'vitest';
import { waitForStatus } from './support/app.js';
import { boardShots, cell, openTemplate, POLL, programmeWith, typeAtEnd } from './support/boards.js';
import { useE2e } from './support/e2e.js';

/** Co-editing the needs analysis, and the benchmark coverage that links from the action plan update. */
describe('structured boards', () => {
  const e2e = useE2e();

  it('lets two people co-edit the needs analysis, field by field and in the same field', async () => {
    const shot = boardShots('boards/2-needs-analysis');
    const { pageA, pageB, errors } = await programmeWith(e2e, shot, ['needs-analysis'], {
      value: 'association',
      label: 'Association of municipalities',
      name: 'Inga',
      organisation: 'Latvian Association of Local Governments',
    });
    await openTemplate(pageA, 'Needs analysis');
    await openTemplate(pageB, 'Needs analysis');
    const challengeA = pageA.getByLabel('Challenge to address', { exact: true });
    const challengeB = pageB.getByLabel('Challenge to address', { exact: true });
    const typicalityB = pageB.getByLabel('How typical the city is', { exact: true });
    await typeAtEnd(challengeA, 'Long waiting lists for language courses.');
    await typeAtEnd(typicalityB, 'Riga is the largest city of Latvia.');
    await expect.poll(() => challengeB.inputValue(), POLL).toBe('Long waiting lists for language courses.');
    await expect
      .poll(() => pageA.getByLabel('How typical the city is', { exact: true }).inputValue(), POLL)
      .toBe('Riga is the largest city of Latvia.');
    // Both in the same field at once, one in the middle, one at the end.
    await challengeB.click();
    await challengeB.press('Control+Home');
    await challengeA.click();
    await challengeA.press('Control+End');
    await Promise.all([
      challengeA.pressSequentially(' Few evening classes.', { delay: 30 }),
      challengeB.pressSequentially('Newcomers wait months. ', { delay: 30 }),
    ]);
    const expected = 'Newcomers wait months. Long waiting lists for language courses. Few evening classes.';
    await expect.poll(() => challengeA.inputValue(), POLL).toBe(expected);
    await expect.poll(() => challengeB.inputValue(), POLL).toBe(expected);
    await expect
      .poll(() => pageA.getByTestId('editing-tag').first().textContent(), POLL)
      .toBe('Editing now: Inga');
    await shot(pageA, 'a-sees-b-in-the-challenge');
    await shot(pageB, 'b-needs-analysis');
    await waitForStatus(pageA, { link: 'live', save: 'saved' });
    expect(errors).toEqual([]);
  });

  it('updates the benchmark coverage when an action is linked to a key factor', async () => {
    const shot = boardShots('boards/3-benchmark-coverage');
    const { pageA, pageB, errors } = await programmeWith(e2e, shot, ['benchmark', 'action-plan'], {
      value: 'mentor',
      label: 'Mentor city',
      name: 'Lucía',
      organisation: 'Ayuntamiento de Málaga',
    });
    await openTemplate(pageA, 'Benchmark');
    await pageA.getByRole('button', { name: 'Load the example benchmark on language learning' }).click();
    const counts = pageA.getByTestId('coverage-count');
    await expect.poll(() => counts.count(), POLL).toBeGreaterThan(3);
    expect(await counts.allTextContents()).toEqual((await counts.allTextContents()).map(() => '0'));
    const firstFactor = await pageA.locator('[data-testid="coverage-table"] tbody th').first().textContent();
    await shot(pageA, 'a-example-loaded');

    await openTemplate(pageB, 'Action plan');
    await pageB.getByRole('button', { name: 'Add an action' }).click();
    await typeAtEnd(cell(pageB, 1, '1. Actions'), 'Train volunteer conversation partners');
    await pageB.locator('tr[data-position="1"] [data-testid="row-links"] summary').click();
    // The option reads as the coverage row does: "Key factor 1: <title>".
    const choice = pageB.getByLabel(firstFactor ?? '', { exact: true });
    await choice.check();
    await pageB.getByLabel('Challenge to address', { exact: true }).check();
    await shot(pageB, 'b-row-linked');
    await expect.poll(() => counts.first().textContent(), POLL).toBe('1');
    await shot(pageA, 'a-coverage-updated');
    await choice.uncheck();
    await expect.poll(() => counts.first().textContent(), POLL).toBe('0');
    expect(errors).toEqual([]);
  });
});
