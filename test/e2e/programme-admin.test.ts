import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { root } from './support/browser.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const LONG = 60_000;
const SHOTS = path.join(root, 'test-results/e2e/programme/join-codes');

/** A picture of one section at a width, kept under test-results/ to look at. */
async function sectionShot(section: Locator, width: number, name: string): Promise<void> {
  await section.page().setViewportSize({ width, height: width < 500 ? 844 : 768 });
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`) });
}

/**
 * The facilitator's housekeeping on the programme page: the room's short join codes listed and one
 * revoked (it stops working at once, the invite behind it does not), then the whole programme
 * erased from the danger zone (everyone loses access).
 */
describe('join codes list and deleting a programme', () => {
  const e2e = useE2e();

  it('lists a room code, revokes it, then deletes the programme for good', async () => {
    const {
      host: page,
      guests: [mentor, typist],
      errors,
    } = await gather(e2e, {
      programme: { title: 'Language learning', mentee: 'Jelgava', mentor: 'Schaerbeek', name: 'Ilze' },
      // axe is injected inline, which the app's CSP would block.
      host: { bypassCSP: true },
      guests: [
        { role: 'mentor', roleLabel: 'Mentor city', name: 'Luc' },
        { role: 'mentee', roleLabel: 'Mentee city', name: 'Jānis', join: false },
      ],
    });
    if (!mentor || !typist) throw new Error('no guests');

    // The projection set-up makes a code for the mentee invite; the list shows it at once.
    const codes = page.getByTestId('join-codes');
    await codes.getByText('No room code is in use.').waitFor();
    await page.reload();
    await page.locator('#projection-join option', { hasText: 'Mentee city' }).waitFor({ state: 'attached' });
    await page.getByLabel('Join link to show').selectOption({ label: 'Mentee city' });
    await page.getByRole('button', { name: 'Create the projection link' }).click();
    const shortText = (await page.getByTestId('projection-short-link').textContent()) ?? '';
    const code = /\/j\/([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(shortText)?.[1];
    if (!code) throw new Error(`no short link in "${shortText}"`);
    const item = codes.getByRole('listitem').filter({ hasText: code });
    await item.getByText('Mentee city').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await sectionShot(codes, 1366, 'listed');
    await sectionShot(codes, 390, 'listed');
    expect(await seriousViolations(page)).toEqual([]);

    // The code works before it is revoked…
    await typist.goto(`${e2e.httpUrl}/j/${code}`);
    await typist
      .getByTestId('join-opens')
      .filter({ hasText: 'Language learning' })
      .waitFor({ timeout: LONG });
    // …and not after; the invite itself still lists as valid.
    await item.getByRole('button', { name: `Revoke the code ${code}` }).click();
    await sectionShot(codes, 390, 'confirm');
    await item.getByRole('button', { name: 'Yes, revoke' }).click();
    await codes.getByText(`The code ${code} is revoked.`).waitFor();
    await codes.getByText('No room code is in use.').waitFor();
    await typist.goto(`${e2e.httpUrl}/j/${code}`);
    await typist.getByRole('heading', { name: 'This code does not work' }).waitFor({ timeout: LONG });
    await page
      .locator('li[data-invite-role="mentee"]')
      .getByText(/Valid until/)
      .waitFor();

    // Delete the programme: a wrong name is refused, the right one erases it for everyone.
    const name = page.getByLabel('Type the programme name, “Language learning”, to confirm');
    await name.fill('Language');
    await page.getByRole('button', { name: 'Delete this programme for good' }).click();
    await page.getByText('The name does not match.').waitFor();
    await name.fill('Language learning');
    await page.getByRole('button', { name: 'Delete this programme for good' }).click();
    await page.waitForURL(`${e2e.httpUrl}/`, { timeout: LONG });
    await page.getByText('“Language learning” was deleted for good.').waitFor();
    await sectionShot(page.locator('main'), 1366, 'start-after-delete');
    expect(await page.getByRole('link', { name: /Language learning/ }).count()).toBe(0);
    await mentor.reload();
    await mentor
      .getByRole('heading', { name: 'Your access to this programme has ended' })
      .waitFor({ timeout: LONG });
    expect(errors).toEqual([]);
  });
});
