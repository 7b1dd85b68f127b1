import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boardShots, openTemplate, POLL, seriousViolations } from './support/boards.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** What has focus: its role and its text. */
function focused(page: Page) {
  return page.evaluate(() => ({
    role: document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName.toLowerCase() ?? '',
    text: document.activeElement?.textContent?.trim() ?? '',
    testId: document.activeElement?.getAttribute('data-testid') ?? '',
  }));
}

/** The board bar's "More tools" on a phone: a react-aria menu driven by the keyboard. */
describe('board bar "More tools" menu', () => {
  const e2e = useE2e();

  it('opens with Enter, moves with arrows, closes with Escape back on its button, and presses a tool', async () => {
    const shot = boardShots('boards/9-more-menu');
    const phone = { width: 390, height: 844, mobile: true, bypassCSP: true };
    const { host, errors } = await gather(e2e, {
      host: phone,
      programme: { title: 'Inclusive cities', mentee: 'Levadia', mentor: 'Fuenlabrada', name: 'Eleni' },
      boards: [{ title: 'Action plan', kind: 'Action plan' }],
      guests: [],
    });
    await openTemplate(host, 'Action plan');

    const more = host.getByRole('button', { name: 'More tools' });
    await more.focus();
    await host.keyboard.press('Enter');
    const menu = host.getByRole('menu', { name: 'More tools' });
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items).toEqual(expect.arrayContaining(['Versions', 'Export', 'Workshop']));
    // Focus is on the first item; the arrows go through them and wrap.
    await expect.poll(() => focused(host), POLL).toMatchObject({ role: 'menuitem', text: items[0] });
    await host.keyboard.press('ArrowDown');
    await expect.poll(() => focused(host), POLL).toMatchObject({ role: 'menuitem', text: items[1] });
    await host.keyboard.press('ArrowUp');
    await host.keyboard.press('ArrowUp');
    await expect.poll(() => focused(host), POLL).toMatchObject({ role: 'menuitem', text: items.at(-1) });
    expect(await seriousViolations(host)).toEqual([]);
    await shot(host, 'menu-open-390');

    // Escape closes it and gives focus back to its button.
    await host.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => focused(host), POLL).toMatchObject({ testId: 'more-tools' });

    // Choosing "Export" with the keyboard opens the export formats, with focus on the tool.
    await host.keyboard.press('Enter');
    await menu.waitFor();
    for (let step = 0; step < items.indexOf('Export'); step++) await host.keyboard.press('ArrowDown');
    await expect.poll(() => focused(host), POLL).toMatchObject({ role: 'menuitem', text: 'Export' });
    await host.keyboard.press('Enter');
    await host.getByRole('list', { name: 'Export formats' }).waitFor();
    await expect.poll(() => focused(host), POLL).toMatchObject({ text: 'Export' });
    await shot(host, 'export-chosen-390');

    // Choosing "Workshop" opens the workshop panel.
    await more.click();
    await menu.getByRole('menuitem', { name: 'Workshop' }).click();
    await expect
      .poll(() => host.getByTestId('workshop-toggle').getAttribute('aria-expanded'), POLL)
      .toBe('true');

    // At 1366 px the tools are on the bar itself and the menu's button is gone.
    await host.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => more.isVisible(), POLL).toBe(false);
    await host.getByRole('button', { name: 'Versions' }).waitFor();
    await shot(host, 'bar-1366');
    expect(errors).toEqual([]);
  });
});
