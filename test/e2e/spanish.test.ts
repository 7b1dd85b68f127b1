import { describe, expect, it } from 'vitest';
import { chooseLanguage, waitForCanvas } from './support/app.js';
import { pageErrors, screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';
import { englishOnlyMatchers, loadTranslation, visibleStrings } from './support/translations.js';

/** Switching to Spanish translates every string of the programme page, and is remembered. */
describe('Spanish interface', () => {
  const e2e = useE2e();

  it('leaves no English on the programme page', async () => {
    const shot = screenshots('5-spanish');
    const facilitator = await e2e.context();
    const page = await facilitator.newPage();
    const errors = pageErrors(page);
    // Nothing but our own server is ever contacted (tldraw's fonts, icons and translations included).
    const elsewhere: string[] = [];
    facilitator.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(e2e.httpUrl) && !/^(data|blob):/.test(url)) elsewhere.push(url);
    });
    // Every part of the page in use: boards of two kinds, an invite with its QR code, two members.
    await gather(e2e, {
      host: page,
      programme: {
        title: 'Aprendizaje de idiomas',
        theme: 'Integración lingüística',
        mentee: 'Riga',
        mentor: 'Málaga',
        name: 'Fátima',
      },
      boards: [{ title: 'Lluvia de ideas' }, { title: 'Plan 2026', kind: 'Action plan' }],
      guests: [
        { role: 'mentor', roleLabel: 'Mentor city', name: 'Lucía', organisation: 'Ayuntamiento de Málaga' },
      ],
    });
    await page.reload();
    await page.getByRole('button', { name: 'Show QR code' }).first().click();
    await page.locator('img.qr-code').waitFor();
    await shot(page, 'english');

    // The check below does find English: on the English page most strings match.
    const english = await englishOnlyMatchers();
    const matchesOf = (texts: string[]) =>
      texts.filter((text) => english.some(({ pattern }) => pattern.test(text)));
    expect(matchesOf(await visibleStrings(page)).length).toBeGreaterThan(30);

    await chooseLanguage(page, 'es');
    await page.getByRole('heading', { level: 2, name: 'Tableros' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await shot(page, 'spanish');

    const leftovers = (await visibleStrings(page)).flatMap((text) =>
      english.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: "${text}"`),
    );
    expect(leftovers).toEqual([]);
    // And the Spanish is really there (not just the English gone).
    const es = await loadTranslation('es');
    const shown = await visibleStrings(page);
    for (const key of [
      'programme.boardsHeading',
      'programme.membersHeading',
      'invites.heading',
      'invites.hideQr',
    ]) {
      expect(shown).toContain(es.get(key));
    }

    // Remembered on this device.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Tableros' }).waitFor();
    await shot(page, 'spanish-after-reload');

    // The board's chrome and tldraw's own interface follow the language.
    await page.getByRole('link', { name: 'Lluvia de ideas', exact: true }).click();
    await waitForCanvas(page);
    await page.getByRole('link', { name: 'Volver al programa' }).waitFor();
    await page.getByTestId('connection-status').getByText('En directo · Guardado').waitFor();
    const selectTool = page.locator('[data-testid="tools.select"]');
    await expect
      .poll(() => selectTool.getAttribute('aria-label'), { timeout: 60_000 })
      .toContain('Seleccionar');
    await shot(page, 'spanish-board');
    // Switching on the board switches tldraw too, without reopening it.
    await chooseLanguage(page, 'en');
    await page.getByRole('link', { name: 'Back to the programme' }).waitFor();
    await expect.poll(() => selectTool.getAttribute('aria-label'), { timeout: 60_000 }).toMatch(/^Select/);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});
