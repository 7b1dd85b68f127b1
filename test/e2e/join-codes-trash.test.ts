import { describe, expect, it } from 'vitest';
import { createBoard } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const LONG = 60_000;

/**
 * Short join codes typed by hand, a board deleted then brought back with Undo, and a second
 * facilitator device copying an invite link it did not make.
 */
describe('join codes, trash and invite links on every device', () => {
  const e2e = useE2e();

  it('a code typed at /j joins; Undo brings a deleted board back; a second facilitator device gets a link', async () => {
    const {
      host: page,
      guests: [second, typist],
      errors,
    } = await gather(e2e, {
      programme: { title: 'Inclusive cities', mentee: 'Levadia', mentor: 'Fuenlabrada', name: 'Eleni' },
      // axe is injected inline, which the app's CSP would block.
      host: { bypassCSP: true },
      boards: [{ title: 'Ideas wall' }],
      guests: [
        { role: 'facilitator', roleLabel: 'Facilitator', name: 'Second laptop' },
        { role: 'mentee', roleLabel: 'Mentee city', name: 'Nikos', join: false, device: { bypassCSP: true } },
      ],
    });
    if (!second || !typist) throw new Error('no guests');

    // The second facilitator device did not make the mentee link: it asks the server for it.
    const mentee = second.locator('li[data-invite-role="mentee"]');
    await mentee.getByRole('button', { name: 'Get the link' }).click();
    const fetched = await mentee.locator('input[type="text"]').inputValue();
    const made = await page.locator('li[data-invite-role="mentee"] input[type="text"]').inputValue();
    expect(fetched).toBe(made);
    await mentee.getByRole('button', { name: 'Show QR code' }).click();
    await mentee.getByRole('img').first().waitFor();

    // The projection set-up makes a short code for the mentee invite; the typist types it at /j.
    // (Its invite list was read when the page opened, before the invites were made.)
    await page.reload();
    await page.locator('#projection-join option', { hasText: 'Mentee city' }).waitFor({ state: 'attached' });
    await page.getByLabel('Join link to show').selectOption({ label: 'Mentee city' });
    await page.getByRole('button', { name: 'Create the projection link' }).click();
    const shortText = (await page.getByTestId('projection-short-link').textContent()) ?? '';
    const short = /https?:\/\/\S+\/j\/([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(shortText);
    if (!short?.[1]) throw new Error(`no short link in "${shortText}"`);
    expect(short[0].length).toBeLessThan(45);
    await typist.goto(`${e2e.httpUrl}/j`);
    expect(await seriousViolations(typist)).toEqual([]);
    await typist.getByLabel('Room code').fill(short[1].toLowerCase().replace('-', ' '));
    await typist.getByRole('button', { name: 'Continue' }).click();
    await typist.getByTestId('join-opens').filter({ hasText: 'Inclusive cities' }).waitFor({ timeout: LONG });
    await typist.getByLabel('Your name').fill('Nikos');
    await typist.getByRole('button', { name: 'Join' }).click();
    await typist.waitForURL(/\/programmes\/[A-Za-z0-9_-]+$/, { timeout: LONG });
    await typist.getByRole('link', { name: 'Ideas wall', exact: true }).waitFor({ timeout: LONG });

    // An unknown code is told before any form.
    await typist.goto(`${e2e.httpUrl}/j/ZZZZ-ZZZZ`);
    await typist.getByRole('heading', { name: 'This code does not work' }).waitFor();

    // Delete then Undo: the board leaves the list (and the mentee's), then comes back.
    await createBoard(page, 'Parking lot');
    await page.getByRole('button', { name: 'Delete the board Parking lot' }).click();
    await page.getByTestId('trash-toast').waitFor();
    expect(await page.getByRole('link', { name: 'Parking lot', exact: true }).count()).toBe(0);
    await page.getByText('Trash (1)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Parking lot', exact: true }).waitFor();
    expect(await page.getByText('Trash (1)').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
