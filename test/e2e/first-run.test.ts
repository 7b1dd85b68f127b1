import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createProgramme } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { backHome, LONG, openTemplate, POLL } from './support/boards.js';
import { screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';

const EXAMPLE_TITLE = 'Example: Jelgava learns from Schaerbeek';

/**
 * Every form field's value on the page, joined: what a structured board shows (a table's text cell
 * is a textbox showing its text until it is edited).
 */
function fieldValues(page: Page): Promise<string> {
  return page
    .locator('textarea, input[type="text"], [role="textbox"]')
    .evaluateAll((fields) =>
      fields
        .map((field) =>
          field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement
            ? field.value
            : (field.textContent ?? ''),
        )
        .join('\n'),
    );
}

/**
 * The first run: trying the guide's example, finding a programme again from the start page (and
 * forgetting it), and a new programme's proposed journey boards; the start page axe-clean at 1366
 * and 390 px, empty and with programmes listed.
 */
describe('first run and coming back', () => {
  const e2e = useE2e();

  it('opens the example with its boards filled, lists it on the start page and removes it (1366 px)', async () => {
    const shot = screenshots('first-run/1-example');
    const page = await (await e2e.context({ width: 1366, height: 768, bypassCSP: true })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${e2e.httpUrl}/`);
    const tryIt = page.getByRole('button', { name: 'Try it with an example' });
    await tryIt.waitFor({ timeout: LONG });
    // A new device lists nothing to come back to.
    expect(await page.getByRole('heading', { name: 'Your programmes on this device' }).count()).toBe(0);
    await shot(page, 'start-empty');
    expect(await seriousViolations(page), 'start page, empty').toEqual([]);

    await tryIt.click();
    await page.getByRole('heading', { level: 1, name: EXAMPLE_TITLE }).waitFor({ timeout: LONG });
    for (const title of ['Needs analysis', 'Benchmark: language learning', 'Visit agenda']) {
      await page.getByRole('link', { name: title, exact: true }).waitFor({ timeout: LONG });
    }
    await openTemplate(page, 'First action plan');
    await expect.poll(() => fieldValues(page), POLL).toContain('conversation cafés');
    await shot(page, 'example-action-plan');
    await backHome(page);

    await page.goto(`${e2e.httpUrl}/`);
    const listed = page.getByRole('link', { name: EXAMPLE_TITLE });
    await listed.waitFor({ timeout: LONG });
    await expect.poll(() => listed.locator('..').innerText(), POLL).toMatch(/Facilitator · last opened/);
    await shot(page, 'start-listed');
    expect(await seriousViolations(page), 'start page, with a programme listed').toEqual([]);

    await page.getByRole('button', { name: `Remove ${EXAMPLE_TITLE} from this list` }).click();
    await page.getByText(`${EXAMPLE_TITLE} was removed from this list.`).waitFor({ timeout: LONG });
    expect(await listed.count()).toBe(0);
    // Forgotten for good on this device: a reload does not bring it back.
    await page.reload();
    await tryIt.waitFor({ timeout: LONG });
    expect(await page.getByRole('link', { name: EXAMPLE_TITLE }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('makes the example in the interface language: Spanish texts for a Spanish browser', async () => {
    const page = await (await e2e.context({ locale: 'es-ES' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${e2e.httpUrl}/`);
    await page.getByRole('button', { name: 'Pruébelo con un ejemplo' }).click();
    const title = 'Ejemplo: Jelgava aprende de Schaerbeek';
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: LONG });
    await openTemplate(page, 'Primer plan de acción');
    await expect.poll(() => fieldValues(page), POLL).toContain('cafés de conversación');
    expect(errors).toEqual([]);
  });

  it('proposes the journey boards on a new programme and creates one with one click (390 px)', async () => {
    const shot = screenshots('first-run/2-proposed');
    const phone = { width: 390, height: 844, mobile: true, bypassCSP: true };
    const page = await (await e2e.context(phone)).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${e2e.httpUrl}/`);
    await page.getByRole('button', { name: 'Try it with an example' }).waitFor({ timeout: LONG });
    expect(await seriousViolations(page), 'start page at 390 px').toEqual([]);

    const title = 'Housing for newcomers';
    await createProgramme(page, e2e.httpUrl, {
      title,
      mentee: 'Levadia',
      mentor: 'Fuenlabrada',
      name: 'Eleni',
    });
    const proposed = page.getByRole('region', { name: 'Start with the boards of the journey' });
    await proposed.waitFor({ timeout: LONG });
    await shot(page, 'proposed');
    expect(await proposed.getByRole('button', { name: /^Create / }).count()).toBe(6);
    expect(await seriousViolations(page), 'programme with proposed boards at 390 px').toEqual([]);

    await proposed.getByRole('button', { name: 'Create Local support network' }).click();
    await page.getByRole('link', { name: 'Local support network', exact: true }).waitFor({ timeout: LONG });
    await expect.poll(() => proposed.count(), POLL).toBe(0);
    await shot(page, 'one-created');

    await page.goto(`${e2e.httpUrl}/`);
    await page.getByRole('link', { name: title }).waitFor({ timeout: LONG });
    await shot(page, 'start-listed');
    expect(await seriousViolations(page), 'start page with a programme at 390 px').toEqual([]);
    expect(errors).toEqual([]);
  });
});
