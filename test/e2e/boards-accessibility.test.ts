import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, waitForStatus } from './support/app.js';
import {
  backHome,
  boardShots,
  KIND_LABELS,
  type Kind,
  LONG,
  openTemplate,
  programmeWith,
  seriousViolations,
  typeAtEnd,
} from './support/boards.js';
import { useE2e } from './support/e2e.js';

/** Every board kind without serious axe violations, for an editor and for an observer. */
describe('structured boards', () => {
  const e2e = useE2e();

  it('has no serious or critical axe violation on any board, and observers cannot write', async () => {
    const shot = boardShots('boards/4-accessibility');
    const kinds = Object.keys(KIND_LABELS) as Kind[];
    const { pageA, pageB, errors } = await programmeWith(
      e2e,
      shot,
      kinds,
      {
        value: 'observer',
        label: 'Observer (view only)',
        name: 'Projector',
        organisation: 'Riga City Council',
      },
      // axe-core is injected with a script tag: the page's Content Security Policy is bypassed.
      { bypassCSP: true },
    );
    const fill: Record<Kind, (page: Page) => Promise<void>> = {
      'needs-analysis': async (page) =>
        typeAtEnd(page.getByLabel('Challenge to address', { exact: true }), 'Waiting lists'),
      benchmark: async (page) =>
        page.getByRole('button', { name: 'Load the example benchmark on language learning' }).click(),
      'mentor-strengths': async (page) => page.getByRole('link', { name: 'Local context' }).focus(),
      'good-practice': async (page) => page.getByRole('button', { name: 'Add a good practice' }).click(),
      'support-network': async (page) => {
        await page.getByRole('button', { name: 'Add a member' }).click();
        await page
          .getByRole('status')
          .filter({ hasText: 'No migrant representative' })
          .waitFor({ timeout: LONG });
      },
      'action-plan': async (page) => {
        await page.getByRole('button', { name: 'Add an action' }).click();
        await page.locator('[data-testid="row-links"] summary').first().click();
      },
      'visit-agenda': async (page) =>
        page.getByRole('button', { name: 'Add the three standard visits' }).click(),
    };
    for (const kind of kinds) {
      await openTemplate(pageA, KIND_LABELS[kind]);
      await fill[kind](pageA);
      await waitForStatus(pageA, { link: 'live', save: 'saved' });
      expect(await seriousViolations(pageA), kind).toEqual([]);
      await shot(pageA, `${kind}-editor`);
      await openTemplate(pageB, KIND_LABELS[kind]);
      expect(await seriousViolations(pageB), `${kind} (observer)`).toEqual([]);
      await shot(pageB, `${kind}-observer`);
      // Read-only: text fields (and table cells shown as text) are read-only, nothing to add, no comment form.
      const writable = 'textarea:not([readonly]), [role="textbox"]:not([aria-readonly="true"])';
      expect(await pageB.locator('[data-testid="template-board"]').locator(writable).count()).toBe(0);
      expect(await pageB.getByRole('button', { name: /^Add / }).count()).toBe(0);
      await backHome(pageA);
      await backHome(pageB);
    }
    // The Spanish interface of a board, for the record.
    await chooseLanguage(pageA, 'es');
    await openTemplate(pageA, 'Action plan');
    await pageA.getByRole('button', { name: 'Añadir una acción' }).waitFor({ timeout: LONG });
    expect(await seriousViolations(pageA), 'action plan in Spanish').toEqual([]);
    await shot(pageA, 'action-plan-es');
    expect(errors).toEqual([]);
  });
});
