import { describe, expect, it } from 'vitest';
import { createNetwork } from '../helpers/network.js';
import { seriousViolations } from './support/axe.js';
import { LONG, POLL } from './support/boards.js';
import { useE2e } from './support/e2e.js';

/** A coordinator plans a community of practice from the network page and starts its space. */
describe('communities of practice', () => {
  const e2e = useE2e();

  it('plans a community with three cities by keyboard-usable form, then starts it', async () => {
    const created = await createNetwork(e2e.httpUrl, 'Eurocities integration network');
    const page = await (await e2e.context({ bypassCSP: true })).newPage();
    await page.goto(created.link);
    await page.getByRole('link', { name: 'Communities of practice of this network' }).click();
    await page.getByRole('heading', { level: 1, name: 'Communities of practice' }).waitFor({ timeout: LONG });
    expect(await page.getByRole('status').textContent()).toBe('No community yet.');

    await page.getByLabel('Title', { exact: true }).fill('Language cafés');
    await page.getByLabel('Topic', { exact: true }).fill('Language learning');
    const cities = ['Larissa', 'Málaga', 'Ghent'];
    for (const [at, city] of cities.entries()) {
      const group = page.getByRole('group', { name: `City ${at + 1}` });
      await group.getByLabel('City', { exact: true }).fill(city);
      await group.getByLabel('Good practices it can share').fill(`Practice of ${city}`);
      await group.getByLabel('Topics it wants to learn about').fill(`Wish of ${city}`);
    }
    await page.getByRole('button', { name: 'Plan the community' }).click();
    const row = page.getByTestId('communities').getByRole('row', { name: /Language cafés/ });
    await row.waitFor({ timeout: LONG });
    expect(await row.locator('td').nth(1).textContent()).toBe('Larissa, Málaga, Ghent');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Start “Language cafés”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Language cafés' }).waitFor({ timeout: LONG });
    await expect.poll(() => page.getByText('Larissa, Málaga, Ghent').count(), POLL).toBe(1);
  });
});
