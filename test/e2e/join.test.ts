import { describe, expect, it } from 'vitest';
import { createInvite, openBoard, waitForStatus } from './support/app.js';
import { screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** Joining from a link, remembering who you are on the device, and what a revoked link shows. */
describe('invite links', () => {
  const e2e = useE2e();

  it('remembers name and organisation, and explains a revoked link', async () => {
    const shot = screenshots('7-invite-links');
    const {
      host: page,
      guests: [phone],
      links: [first],
      errors,
    } = await gather(e2e, {
      programme: { title: 'Local support network', mentee: 'Bologna', mentor: 'Nantes', name: 'Giulia' },
      boards: [{ title: 'Who is who' }],
      guests: [
        {
          role: 'association',
          roleLabel: 'Association of municipalities',
          name: 'Pierre',
          organisation: 'Association of French mayors',
          device: { width: 390, height: 844, mobile: true },
        },
      ],
    });
    if (!phone || !first) throw new Error('no guest');
    await shot(phone, 'joined-on-phone');
    await openBoard(phone, 'Who is who');
    await shot(phone, 'board-on-phone');
    await page.locator('li[data-online="true"]', { hasText: 'on Who is who' }).waitFor({ timeout: 60_000 });
    await shot(page, 'facilitator-sees-pierre-on-the-board');

    // Revoke: the facilitator confirms, the link stops working, and the member's access ends.
    await page.locator('li[data-invite-role="association"]').getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.locator('li[data-invite-role="association"]', { hasText: 'Revoked' }).waitFor();
    await shot(page, 'revoked');
    // The open board is closed by the server (4401): the phone says so and stops reconnecting.
    await waitForStatus(phone, { link: 'denied' });
    await phone.getByText('Your access has ended').waitFor();
    await shot(phone, 'board-access-ended');
    await phone.reload();
    await phone.getByRole('heading', { name: 'Your access to this programme has ended' }).waitFor();
    await shot(phone, 'access-ended');
    // The dead link is told before the form: nobody types their name for nothing.
    await phone.goto(first);
    await phone.getByRole('heading', { name: 'This invite link no longer works' }).waitFor();
    expect(await phone.getByRole('button', { name: 'Join' }).count()).toBe(0);
    await shot(phone, 'revoked-link');

    // A new link: the phone remembers who Pierre is.
    const second = await createInvite(page, 'association', 'Association of municipalities');
    await phone.goto(second);
    expect(await phone.getByLabel('Your name').inputValue()).toBe('Pierre');
    expect(await phone.getByLabel('Organisation').inputValue()).toBe('Association of French mayors');
    await shot(phone, 'remembered-profile');
    await phone.getByRole('button', { name: 'Join' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Local support network' }).waitFor();
    expect(errors).toEqual([]);
  });
});
