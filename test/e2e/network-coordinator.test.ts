import { MatchListSchema } from '@mentoring/shared/network/api';
import { describe, expect, it } from 'vitest';
import { call, expectOk } from '../helpers/access.js';
import { chooseMentor, networkOfTwoMentors, tokenOf } from '../helpers/network.js';
import { seriousViolations } from './support/axe.js';
import { LONG, POLL } from './support/boards.js';
import { useE2e } from './support/e2e.js';

/** The coordinator's table of a network follows its programmes through the journey. */
describe("network coordinator's table", () => {
  const e2e = useE2e();

  it('shows ranked matches becoming a programme whose phase the table follows live', async () => {
    const base = e2e.httpUrl;
    const { created, id, staff, good, draft } = await networkOfTwoMentors(
      base,
      'Eurocities integration network',
      {
        good: 'Málaga',
        other: 'Ghent',
        menteeCity: 'Larissa',
        title: 'Language cafés',
        challenge: 'Long waiting lists.',
      },
    );
    const { matches } = await expectOk(
      MatchListSchema,
      200,
      call(base, 'GET', `/api/networks/${id}/drafts/${draft.id}/matches`, { token: staff.token }),
    );
    expect(matches.map((m) => m.profile.profile.city)).toEqual(['Málaga', 'Ghent']);
    const made = await chooseMentor(base, staff.token, id, draft.id, good.profile.id);

    const page = await (await e2e.context({ bypassCSP: true })).newPage();
    await page.goto(created.link);
    const table = page.getByTestId('network-programmes');
    const row = table.locator(`tr[data-programme="${made.programme.id}"]`);
    await row.waitFor({ timeout: LONG });
    expect(await row.getByRole('rowheader').textContent()).toBe('Language cafés (Larissa – Málaga)');
    await expect.poll(() => row.locator('td').first().textContent(), POLL).toBe('Preparation');
    expect(page.url()).not.toContain('token');
    expect(await seriousViolations(page)).toEqual([]);

    // The facilitator moves the programme on; the coordinator's table follows without a reload.
    const facilitator = tokenOf(made.facilitatorLink);
    for (const step of ['needs-analysis', 'benchmark', 'mentor-profile', 'matching']) {
      const body = { action: 'skip', step, skipped: true };
      const moved = await call(base, 'PATCH', `/api/programmes/${made.programme.id}/journey`, {
        token: facilitator,
        body,
      });
      expect(moved.status).toBe(200);
    }
    await expect.poll(() => row.locator('td').first().textContent(), POLL).toBe('Set-up');

    await page.getByLabel('Filter by programme or city').fill('Riga');
    await expect.poll(() => row.count(), POLL).toBe(0);
    expect(await page.getByRole('status').textContent()).toBe('No programme matches.');
  });
});
