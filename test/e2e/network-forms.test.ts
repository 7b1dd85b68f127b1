import { NetworkSessionResponseSchema, ProgrammeTableSchema } from '@mentoring/shared/network/api';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, expectOk } from '../helpers/access.js';
import { mentorProfile, publishProfile } from '../helpers/network.js';
import { seriousViolations } from './support/axe.js';
import { LONG, POLL } from './support/boards.js';
import { screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';

/** Ticks a box of a vocabulary group with the keyboard (focus, then Space). */
async function tick(page: Page, group: string, label: string): Promise<void> {
  const box = page.locator(group).getByLabel(label, { exact: true });
  await box.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => box.isChecked(), POLL).toBe(true);
}

/** Full-page shots of a step at 1366 and at 390 px (test-results/e2e/network-forms/). */
function shots(): (page: Page, step: string) => Promise<void> {
  const shot = screenshots('network-forms');
  return async (page, step) => {
    await shot(page, `${step}-1366`);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, `${step}-390`);
    await page.setViewportSize({ width: 1366, height: 800 });
  };
}

/**
 * A coordinator creates a network in the browser, publishes a city's mentor profile, starts a
 * programme from a mentee city's needs, reads the ranked matches with their "why", compares, and
 * chooses a mentor: the mentor city's invite is shown. Forms used from the keyboard; axe clean.
 */
describe('network forms', () => {
  const e2e = useE2e();

  it('takes a network from creation to a chosen mentor and its invite', async () => {
    const page = await (await e2e.context({ bypassCSP: true, width: 1366 })).newPage();
    const shot = shots();
    await page.goto(e2e.httpUrl);
    await page.locator('#network-name').fill('Mediterranean integration network');
    await page.locator('#network-name').press('Enter');
    const coordinatorLink = page.getByLabel("The coordinator's link");
    await coordinatorLink.waitFor({ timeout: LONG });
    const link = await coordinatorLink.inputValue();
    expect(link).toContain('/networks/');
    await shot(page, 'created');
    expect(await seriousViolations(page)).toEqual([]);

    // A second profile arrives through the API, as from another association's staff.
    const networkId = new URL(link).pathname.split('/').pop() ?? '';
    const token = decodeURIComponent(new URL(link).hash.replace(/^#token=/, ''));
    const session = await expectOk(
      NetworkSessionResponseSchema,
      200,
      call(e2e.httpUrl, 'GET', `/api/networks/${networkId}`, { token }),
    );
    expect(session.role).toBe('network-coordinator');

    await page.getByRole('link', { name: 'Open the network' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mediterranean integration network' }).waitFor();
    expect(page.url()).not.toContain('token');
    // Every form is folded behind its button; the lists are shown.
    const staffButton = page.getByRole('button', { name: 'Make a link for the network' });
    const profileButton = page.getByRole('button', { name: 'Publish a mentor profile' });
    const needsButton = page.getByRole('button', { name: 'Start from needs' });
    for (const button of [staffButton, profileButton, needsButton]) {
      expect(await button.getAttribute('aria-expanded')).toBe('false');
    }
    expect(await page.locator('form').count()).toBe(0);
    // A profile published elsewhere (through the API, as another association's staff) shows live.
    await publishProfile(e2e.httpUrl, token, networkId, mentorProfile('Ghent'));
    await page.locator('[data-profile="Ghent"]').waitFor({ timeout: LONG });
    await shot(page, 'folded');
    expect(await seriousViolations(page)).toEqual([]);
    const focused = (id: string) =>
      page.evaluate(() => document.activeElement?.id ?? '').then((at) => at === id);
    const hasFocus = (button: typeof staffButton) =>
      button.evaluate((node) => node === document.activeElement);

    // A link for an association's staff, made from the keyboard: the form opens with focus inside,
    // and focus comes back to its button once the link is made.
    await staffButton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => staffButton.getAttribute('aria-expanded'), POLL).toBe('true');
    await expect.poll(() => focused('staff-role'), POLL).toBe(true);
    await page.locator('#staff-label').fill('Andalusian association');
    await page.locator('#staff-label').press('Enter');
    await page.getByLabel('Link for Association staff: Andalusian association').waitFor();
    await expect.poll(() => hasFocus(staffButton), POLL).toBe(true);
    expect(await staffButton.getAttribute('aria-expanded')).toBe('false');

    // Editing a profile opens its form under its "Edit"; cancelling gives focus back to it.
    const editGhent = page.getByRole('button', { name: 'Edit the profile of Ghent' });
    await editGhent.click();
    await expect.poll(() => focused('profile-city'), POLL).toBe(true);
    expect(await page.locator('#profile-city').inputValue()).toBe('Ghent');
    await shot(page, 'edit-profile');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => hasFocus(editGhent), POLL).toBe(true);
    expect(await editGhent.getAttribute('aria-expanded')).toBe('false');

    // Málaga publishes its mentor profile (annex 3).
    await profileButton.click();
    await expect.poll(() => focused('profile-city'), POLL).toBe(true);
    await page.locator('#profile-city').fill('Málaga');
    await page.locator('#profile-country').fill('Spain');
    await page.locator('#profile-population').fill('580000');
    await page.locator('#profile-migrant-share').fill('12');
    await page.locator('#profile-languages').fill('es, en');
    await tick(page, '#profile-areas', 'Language learning');
    await tick(page, '#profile-strengths', 'Volunteering');
    await page.getByRole('button', { name: 'Add a good practice' }).click();
    await page.locator('#practice-1-title').fill('Language cafés run by volunteers');
    await tick(page, '#practice-1-factors', 'One door for all');
    await shot(page, 'profile-form');
    await page.locator('#profile-transferablePractices').fill('Volunteer tutors in every district library.');
    await page.getByRole('button', { name: 'Publish the profile' }).click();
    await page.locator('[data-profile="Málaga"]').waitFor();
    await expect.poll(() => hasFocus(profileButton), POLL).toBe(true);
    await page.getByText('The profile of Málaga is saved.').waitFor();

    // A mentee city starts from its needs; a missing field is said inline first.
    await needsButton.click();
    await expect.poll(() => focused('needs-title'), POLL).toBe(true);
    await page.locator('#needs-title').fill('Language learning for newcomers');
    await page.getByRole('button', { name: 'Start from these needs' }).click();
    await expect
      .poll(() => page.locator('#needs-city-error').textContent(), POLL)
      .toBe('Please fill this in.');
    await page.locator('#needs-city').fill('Larissa');
    await page.locator('#needs-population').fill('160000');
    await page.locator('#needs-migrant-share').fill('8');
    await page.locator('#needs-languages').fill('el, en');
    await page.locator('#needs-theme').selectOption('language-learning');
    await tick(page, '#needs-gaps', 'Volunteering');
    await tick(page, '#needs-gaps', 'One door for all');
    await page.locator('#needs-challenge').fill('Long waiting lists for language courses.');
    await shot(page, 'needs-form');
    await page.getByRole('button', { name: 'Start from these needs' }).click();
    await expect.poll(() => hasFocus(needsButton), POLL).toBe(true);

    // The ranked matches, each with its "why".
    const matches = page.getByRole('list', {
      name: 'Candidate mentors for Language learning for newcomers, best first',
    });
    await matches.waitFor({ timeout: LONG });
    await expect.poll(() => matches.locator(':scope > li').count(), POLL).toBe(2);
    expect(await matches.locator(':scope > li').first().getAttribute('data-match')).toBe('Málaga');
    const why = page.getByRole('list', { name: 'Why Málaga' });
    expect(await why.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining([
        'Experience in the theme (Language learning): 30 points',
        'Strong where the city has gaps (Volunteering): 15 points',
        'Good practices on the gaps (One door for all): 10 points',
      ]),
    );
    expect(await page.getByRole('list', { name: 'Why Ghent' }).textContent()).toContain(
      "None of this city's strengths",
    );

    // Side by side.
    await page.getByRole('button', { name: 'Compare with Málaga' }).click();
    const compare = page.getByRole('table', {
      name: 'Language learning for newcomers next to the profile of Málaga',
    });
    await compare.waitFor();
    expect(await compare.getByRole('row', { name: /Gaps and strengths/ }).textContent()).toContain(
      'Volunteering',
    );
    await shot(page, 'matches-compare');
    expect(await seriousViolations(page)).toEqual([]);

    // Choose: the dialog (keyboard: opened with Enter, focus inside), then the mentor city's invite.
    await page.getByRole('button', { name: 'Choose Málaga as mentor' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', {
      name: 'Choose Málaga as mentor for Language learning for newcomers',
    });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.evaluate((node) => node.contains(document.activeElement)), POLL)
      .toBe(true);
    await dialog.getByLabel('Your name').fill('Eleni');
    await dialog.getByRole('button', { name: 'Choose Málaga' }).click();
    const invite = dialog.getByLabel('Invite for Málaga');
    await invite.waitFor({ timeout: LONG });
    expect(await invite.inputValue()).toContain('/join');
    const chosenFacilitatorLink = await dialog.getByLabel('Your link as facilitator').inputValue();
    expect(chosenFacilitatorLink).toContain('/programmes/');
    await shot(page, 'chosen-invite');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Language learning for newcomers (Larissa), mentor city Málaga').waitFor();

    // The links were shown once, in the dialog only.
    const stillShown = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#facilitator-link');
      return input?.value ?? null;
    });
    expect(stillShown).toBeNull();

    // The programme's facilitator shares its needs analysis with the coordinator, then takes it back.
    const granted = async () => {
      const table = await expectOk(
        ProgrammeTableSchema,
        200,
        call(e2e.httpUrl, 'GET', `/api/networks/${networkId}/programmes`, { token }),
      );
      return table.programmes[0]?.grantedBoards.length ?? -1;
    };
    expect(await granted()).toBe(0);
    await page.goto(chosenFacilitatorLink);
    const share = page.getByRole('switch', { name: 'Language learning for newcomers' });
    await share.waitFor({ timeout: LONG });
    expect(await share.getAttribute('aria-checked')).toBe('false');
    await share.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => share.getAttribute('aria-checked'), POLL).toBe('true');
    expect(await granted()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await share.click();
    await expect.poll(() => share.getAttribute('aria-checked'), POLL).toBe('false');
    expect(await granted()).toBe(0);
  });
});
