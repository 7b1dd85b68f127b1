import { describe, expect, it } from 'vitest';
import { chooseMentor, networkOfTwoMentors } from '../helpers/network.js';
import { seriousViolations } from './support/axe.js';
import { LONG, POLL } from './support/boards.js';
import { useE2e } from './support/e2e.js';

/**
 * A network on the Redis store, short: the coordinator's page shows a draft's ranked matches, and
 * the mentor chosen becomes a programme whose row appears in the coordinator's table without a
 * reload. The records are made through the API (the forms are network-forms.test.ts's, on SQLite).
 */
describe('a network on the Redis store', () => {
  const e2e = useE2e({ store: 'redis' });

  it('shows ranked matches, and the chosen mentor becomes a row of the coordinator’s table', async () => {
    const base = e2e.httpUrl;
    const { created, id, staff, good, draft } = await networkOfTwoMentors(
      base,
      'Baltic integration network',
      {
        good: 'Tartu',
        other: 'Gdańsk',
        menteeCity: 'Riga',
        title: 'Welcome desks',
        challenge: 'No one door.',
      },
    );

    const page = await (await e2e.context({ bypassCSP: true })).newPage();
    await page.goto(created.link);
    await page.getByRole('button', { name: 'See the matches for Welcome desks' }).click();
    const matches = page.getByRole('list', { name: 'Candidate mentors for Welcome desks, best first' });
    await matches.waitFor({ timeout: LONG });
    const items = matches.locator(':scope > li');
    await expect.poll(() => items.count(), POLL).toBe(2);
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-match')))).toEqual([
      'Tartu',
      'Gdańsk',
    ]);
    expect(await page.getByRole('list', { name: 'Why Tartu' }).getByRole('listitem').count()).toBeGreaterThan(
      0,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Chosen (here through the API, as another facilitator would): the table, polled, shows its row.
    const made = await chooseMentor(base, staff.token, id, draft.id, good.profile.id);
    const row = page.getByTestId('network-programmes').locator(`tr[data-programme="${made.programme.id}"]`);
    await row.waitFor({ timeout: LONG });
    expect(await row.getByRole('rowheader').textContent()).toBe('Welcome desks (Riga – Tartu)');
    await expect.poll(() => row.locator('td').first().textContent(), POLL).toBe('Preparation');
  });
});
