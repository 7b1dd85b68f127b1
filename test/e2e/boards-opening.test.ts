import { describe, expect, it } from 'vitest';
import { waitForStatus } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { boardShots, cell, LONG, openTemplate, POLL, textOf, typeAtEnd } from './support/boards.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** Opening a structured board, and an edit the server refuses. */
describe('structured boards, opening and refusals', () => {
  const e2e = useE2e();

  it('shows the frame before the document arrives, and rolls back an edit refused on a locked board', async () => {
    const shot = boardShots('boards/7-opening-refusal');
    const { host, guests, errors } = await gather(e2e, {
      host: { width: 1366, height: 768 },
      programme: { title: 'Language learning', mentee: 'Jelgava', mentor: 'Schaerbeek', name: 'Inese' },
      boards: [{ title: 'Action plan', kind: 'Action plan' }],
      guests: [
        // axe is injected inline, which the app's CSP would block.
        {
          role: 'mentee',
          roleLabel: 'Mentee city',
          name: 'Jānis',
          device: { width: 1366, height: 768, bypassCSP: true },
        },
      ],
    });
    const guest = guests[0]!;
    await openTemplate(host, 'Action plan');
    await host.getByRole('button', { name: 'Add an action' }).click();
    await waitForStatus(host, { link: 'live', save: 'saved' });

    // The document's messages are held back: the frame (sections, empty table) shows meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await guest.routeWebSocket(/\/yjs\//, (page) => {
      const server = page.connectToServer();
      server.onMessage(async (message) => {
        await held;
        page.send(message);
      });
    });
    // Records the page as it is when the first section heading appears (a client-side navigation).
    await guest.evaluate(() => {
      const seen = window as unknown as { __frame?: { filling: string; link: string } };
      const observer = new MutationObserver(() => {
        const heading = Array.from(document.querySelectorAll('h2')).find(
          (h) => h.textContent === 'Plan details',
        );
        if (!heading || seen.__frame) return;
        seen.__frame = {
          filling: document.querySelector('main')?.getAttribute('data-filling') ?? '',
          link: document.querySelector('[data-testid="connection-status"]')?.getAttribute('data-link') ?? '',
        };
        observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await guest.getByRole('link', { name: 'Action plan', exact: true }).click();
    await guest.getByRole('heading', { name: 'Plan details' }).waitFor({ timeout: LONG });
    // Shown while the document is still on its way: filling, and no sync yet.
    expect(await guest.evaluate(() => (window as unknown as { __frame?: unknown }).__frame)).toEqual({
      filling: 'true',
      link: 'connecting',
    });
    await shot(guest, 'frame-before-document');
    release();
    await waitForStatus(guest, { link: 'live', save: 'saved' });
    await expect.poll(() => guest.locator('main').getAttribute('data-filling'), POLL).toBe('false');
    await expect
      .poll(() => guest.getByLabel('Title of the plan', { exact: true }).inputValue(), POLL)
      .toBe('Language learning');
    await cell(guest, 1, '1. Actions').waitFor({ timeout: LONG });

    // Offline, the mentee types in a cell; meanwhile the facilitator locks the board.
    await guest.context().setOffline(true);
    await waitForStatus(guest, { link: 'offline' });
    await typeAtEnd(cell(guest, 1, '1. Actions'), 'Not allowed');
    await host.getByTestId('workshop-toggle').click();
    await host.getByTestId('lock-toggle').click();
    await expect.poll(() => host.getByTestId('lock-toggle').getAttribute('aria-pressed'), POLL).toBe('true');

    // Back online the server refuses the edit: it is rolled back, and the status says not saved.
    await guest.context().setOffline(false);
    await waitForStatus(guest, { link: 'live', save: 'refused' });
    await expect.poll(() => textOf(cell(guest, 1, '1. Actions')), POLL).toBe('');
    expect(await guest.getByTestId('connection-status').textContent()).toContain('Not saved');
    await guest.getByRole('alert').filter({ hasText: 'has been undone' }).waitFor({ timeout: LONG });
    await shot(guest, 'refused-edit-rolled-back');
    // The refused words are kept apart, to copy out.
    const refused = guest.getByTestId('refused-text');
    expect(await refused.getByLabel('The text the server did not accept').inputValue()).toBe('Not allowed');
    await refused.getByRole('button', { name: 'Copy my text' }).click();
    await refused.getByText('Text copied').waitFor();
    expect(await guest.evaluate(() => navigator.clipboard.readText())).toBe('Not allowed');
    expect(await seriousViolations(guest)).toEqual([]);
    await refused.getByRole('button', { name: 'Close' }).click();
    await refused.waitFor({ state: 'detached' });
    expect(await textOf(cell(host, 1, '1. Actions'))).toBe('');

    // The device's copy dropped it too: after a reload it is not there.
    await guest.reload();
    await guest.locator('[data-testid="template-board"]').waitFor({ timeout: LONG });
    await waitForStatus(guest, { link: 'live' });
    await cell(guest, 1, '1. Actions').waitFor({ timeout: LONG });
    expect(await textOf(cell(guest, 1, '1. Actions'))).toBe('');
    expect(await guest.getByTestId('connection-status').getAttribute('data-save')).not.toBe('saving');
    expect(errors).toEqual([]);
  });
});
