import { StartCommunityResponseSchema } from '@mentoring/shared/network/community-api';
import { describe, expect, it } from 'vitest';
import {
  communityInput,
  createNetwork,
  mentorProfile,
  needs,
  openDraft,
  planCommunity,
  publishProfile,
  startCommunity,
} from '../helpers/network.js';
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

    // The form is folded behind its button until needed; opened from the keyboard, focus goes in.
    const planButton = page.getByRole('button', { name: 'Plan a new community' });
    expect(await planButton.getAttribute('aria-expanded')).toBe('false');
    await planButton.focus();
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title', { exact: true });
    await expect.poll(() => title.evaluate((node) => node === document.activeElement), POLL).toBe(true);
    await title.fill('Language cafés');
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
    // Planned: the form folds again and focus is back on its button.
    await expect.poll(() => planButton.evaluate((node) => node === document.activeElement), POLL).toBe(true);
    expect(await planButton.getAttribute('aria-expanded')).toBe('false');
    expect(await row.locator('td').nth(1).textContent()).toBe('Larissa, Málaga, Ghent');
    expect(await seriousViolations(page)).toEqual([]);

    await row.getByRole('button', { name: 'Start “Language cafés”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Language cafés' }).waitFor({ timeout: LONG });
    await expect.poll(() => page.getByText('Larissa, Málaga, Ghent').count(), POLL).toBe(1);
  });

  it("shows inside the community who can help each city's needs, ranked and explained", async () => {
    const created = await createNetwork(e2e.httpUrl, 'Matching network');
    const id = created.network.id;
    const { token } = created;
    const planned = await planCommunity(
      e2e.httpUrl,
      token,
      id,
      communityInput('Language cafés', 'Language learning', ['Larissa', 'Málaga', 'Ghent']),
    );
    await openDraft(e2e.httpUrl, token, id, 'Larissa needs', needs('Larissa', 'Language classes'));
    await publishProfile(
      e2e.httpUrl,
      token,
      id,
      mentorProfile('Málaga', { experienceAreas: ['language-learning'], strengthFactors: ['volunteering'] }),
    );
    await publishProfile(e2e.httpUrl, token, id, mentorProfile('Ghent', { experienceAreas: ['housing'] }));
    const started = StartCommunityResponseSchema.parse(
      (await startCommunity(e2e.httpUrl, token, id, planned.community.id)).body,
    );

    const page = await (await e2e.context({ bypassCSP: true })).newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(started.facilitatorLink);
    const section = page.getByRole('region', { name: 'Who here can help' });
    await section.waitFor({ timeout: LONG });
    const larissa = section.getByRole('list', { name: 'Needs of Larissa' });
    await larissa.waitFor({ timeout: LONG });
    const helpers = larissa.locator(':scope > li');
    await expect.poll(() => helpers.count(), POLL).toBe(2);
    expect(await helpers.nth(0).getAttribute('data-helper')).toBe('Málaga');
    expect(await helpers.nth(1).getAttribute('data-helper')).toBe('Ghent');
    const why = helpers.nth(0).getByRole('list', { name: /1\. Málaga/ });
    expect(await why.getByRole('listitem').first().textContent()).toContain('Language learning');
    expect(await section.getByText('Málaga has not published a needs analysis').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // Pictures to look at only when asked for (E2E_SHOTS=folder): a run leaves nothing behind.
    const shots = process.env.E2E_SHOTS;
    if (shots) await page.screenshot({ path: `${shots}/community-matches-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    if (shots) await page.screenshot({ path: `${shots}/community-matches-390.png`, fullPage: true });
    // On a phone the view fits its width: the why lines wrap instead of pushing the page sideways.
    const box = await section.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
