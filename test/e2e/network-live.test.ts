import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createNetwork,
  mentorProfile,
  needs,
  networkInvite,
  openDraft,
  publishProfile,
} from '../helpers/network.js';
import { seriousViolations } from './support/axe.js';
import { LONG, POLL } from './support/boards.js';
import { screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';

/** Marks the page's window: the mark is gone if the page was loaded again. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { notReloaded: true }));
const stillMarked = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

/**
 * Two people on one network's page, each in their own browser: what one does shows on the other's
 * page without a reload (the network channel's notices), and when both choose a mentor for the same
 * needs analysis, the second is told someone else already chose and sees the programme started.
 */
describe('network page live', () => {
  const e2e = useE2e();

  it('shows a profile published elsewhere, and explains a mentor chosen by someone else', async () => {
    const created = await createNetwork(e2e.httpUrl, 'Live network');
    const id = created.network.id;
    const staff = await networkInvite(e2e.httpUrl, created.token, id);
    await publishProfile(e2e.httpUrl, staff.token, id, mentorProfile('Málaga'));
    await publishProfile(e2e.httpUrl, staff.token, id, mentorProfile('Ghent'));
    await openDraft(e2e.httpUrl, staff.token, id, 'Reception first', needs('Larissa', 'Long queues.'));
    const shot = screenshots('network-live');

    const coordinator = await (await e2e.context({ bypassCSP: true, width: 1366 })).newPage();
    await coordinator.goto(created.link);
    await coordinator.getByRole('heading', { level: 1, name: 'Live network' }).waitFor({ timeout: LONG });
    await coordinator.locator('[data-profile="Ghent"]').waitFor({ timeout: LONG });
    await mark(coordinator);
    const other = await (await e2e.context({ bypassCSP: true, width: 390 })).newPage();
    await other.goto(staff.link);
    await other.getByRole('heading', { level: 1, name: 'Live network' }).waitFor({ timeout: LONG });

    // Staff publish Lisbon's profile in their browser; the coordinator's open page shows it.
    await other.getByRole('button', { name: 'Publish a mentor profile' }).click();
    await other.locator('#profile-city').fill('Lisbon');
    await other.locator('#profile-population').fill('545000');
    await other.locator('#profile-migrant-share').fill('16');
    await other.locator('#profile-languages').fill('pt, en');
    await other.locator('#profile-areas').getByLabel('Reception', { exact: true }).check();
    await other.getByRole('button', { name: 'Publish the profile' }).click();
    await other.locator('[data-profile="Lisbon"]').waitFor({ timeout: LONG });
    await coordinator.locator('[data-profile="Lisbon"]').waitFor({ timeout: LONG });
    expect(await stillMarked(coordinator)).toBe(true);

    // Both open the choice for the same needs analysis, each for another mentor.
    const openChoice = async (page: Page, city: string) => {
      await page.getByRole('button', { name: 'See the matches for Reception first' }).click();
      await page.getByRole('button', { name: `Choose ${city} as mentor` }).click();
      const dialog = page.getByRole('dialog', { name: `Choose ${city} as mentor for Reception first` });
      await dialog.waitFor({ timeout: LONG });
      return dialog;
    };
    const first = await openChoice(coordinator, 'Málaga');
    const second = await openChoice(other, 'Ghent');
    await first.getByRole('button', { name: 'Choose Málaga' }).click();
    await first.getByLabel('Invite for Málaga').waitFor({ timeout: LONG });
    // The chooser's dialog stays open with its links, though the draft just became a programme.
    await second.getByRole('button', { name: 'Choose Ghent' }).click();
    await second
      .getByText('A mentor has just been chosen for this needs analysis by someone else.')
      .waitFor({ timeout: LONG });
    // Nothing is left to confirm: focus is on the way out.
    expect(await second.getByRole('button', { name: 'Choose Ghent' }).count()).toBe(0);
    await expect
      .poll(
        () =>
          second.getByRole('button', { name: 'Cancel' }).evaluate((node) => node === document.activeElement),
        POLL,
      )
      .toBe(true);
    await shot(other, 'already-chosen-390');
    expect(await seriousViolations(other)).toEqual([]);
    expect(await first.getByLabel('Invite for Málaga').isVisible()).toBe(true);

    // Closing the refused choice shows the programme as started, with the mentor chosen first.
    await second.getByRole('button', { name: 'Cancel' }).click();
    const started = other.locator('[data-chosen="Reception first"]');
    await started.waitFor({ timeout: LONG });
    expect(await started.textContent()).toBe('Reception first (Larissa), mentor city Málaga');
    // The button that opened the dialog is gone with the draft: focus lands on its new line.
    await expect.poll(() => started.evaluate((node) => node === document.activeElement), POLL).toBe(true);
    await expect
      .poll(() => other.getByRole('button', { name: 'See the matches for Reception first' }).count(), POLL)
      .toBe(0);

    // The coordinator's table follows without a reload.
    await first.getByRole('button', { name: 'Done' }).click();
    await coordinator.locator('[data-chosen="Reception first"]').waitFor({ timeout: LONG });
    await expect
      .poll(() => coordinator.getByRole('table').first().textContent(), POLL)
      .toContain('Reception first');
    expect(await stillMarked(coordinator)).toBe(true);
    await shot(coordinator, 'coordinator-after-1366');
    expect(await seriousViolations(coordinator)).toEqual([]);
  });
});
