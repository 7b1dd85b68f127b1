import { CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { call, expectOk } from '../helpers/access.js';
import { chooseLanguage, chosenLanguage, createBoard, createProgramme } from './support/app.js';
import { seriousViolations } from './support/axe.js';
import { pageErrors, screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';
import { englishOnlyMatchers, loadTranslation, visibleStrings } from './support/translations.js';

const LANGUAGES = ['en', 'es', 'fr', 'it', 'nl', 'el', 'lv'] as const;
const NAMESPACES = ['translation', 'boards', 'templates'] as const;
// Board titles are content, not interface: written so that they match no English string.
const PLAN = 'Σχέδιο Rīga 2026';
const NEEDS = 'Ανάλυση Rīga 2026';

/** Every text of `language`, and the English texts that differ from it (with their key). */
async function tablesOf(language: string) {
  const own = new Set<string>();
  const english: { key: string; pattern: RegExp }[] = [];
  for (const namespace of NAMESPACES) {
    for (const text of (await loadTranslation(language, namespace)).values()) own.add(text);
    if (language !== 'en')
      // A text of only variables and punctuation (`{{item}}: {{title}}`) is no English of its own.
      for (const { key, text, pattern } of await englishOnlyMatchers(language, namespace))
        if (/\p{L}/u.test(text.replace(/\{\{[^}]+\}\}/g, '')))
          english.push({ key: `${namespace}:${key}`, pattern });
  }
  return { own, english };
}

/** What the page shows that is a raw key or an English text where the language has its own. */
async function untranslated(page: Page, language: string): Promise<string[]> {
  const { own, english } = await tablesOf(language);
  return (await visibleStrings(page)).flatMap((text) => {
    if (/^[a-z][\w-]*(\.[\w-]+)+$/.test(text)) return [`raw key: ${text}`];
    if (own.has(text)) return [];
    return english.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: "${text}"`);
  });
}

/** The app in each of its seven languages: start page, programme, action plan, needs analysis. */
describe('every language', () => {
  // The e2e project's shared Chromium and server; each test makes its own programme and contexts.
  const e2e = useE2e();
  let programmeUrl = '';

  it('shows every page in each language, translated and accessible', async () => {
    // axe is injected as a script, which the app's CSP would refuse.
    const context = await e2e.context({ bypassCSP: true });
    const page = await context.newPage();
    const errors = pageErrors(page);
    ({ url: programmeUrl } = await createProgramme(page, e2e.httpUrl, {
      title: 'Rīga — Θεσσαλονίκη',
      mentee: 'Rīga',
      mentor: 'Θεσσαλονίκη',
      name: 'Ελένη',
    }));
    await createBoard(page, PLAN, 'Action plan');
    await createBoard(page, NEEDS, 'Needs analysis');

    for (const language of LANGUAGES) {
      const shot = screenshots(`languages-${language}`);
      const app = await loadTranslation(language);
      const boards = await loadTranslation(language, 'boards');
      await page.goto(`${e2e.httpUrl}/`);
      await chooseLanguage(page, language);
      const visits: [string, () => Promise<void>][] = [
        [
          'start',
          async () => {
            await page.getByRole('heading', { name: app.get('start.createHeading') }).waitFor();
          },
        ],
        [
          'programme',
          async () => {
            await page.goto(programmeUrl);
            await page.getByRole('heading', { level: 2, name: app.get('programme.boardsHeading') }).waitFor();
          },
        ],
        [
          'action-plan',
          async () => {
            await page.goto(programmeUrl);
            await page.getByRole('link', { name: PLAN, exact: true }).click();
            await page.getByRole('button', { name: boards.get('actionPlan.add') }).waitFor();
          },
        ],
        [
          'needs-analysis',
          async () => {
            await page.goto(programmeUrl);
            await page.getByRole('link', { name: NEEDS, exact: true }).click();
            await page
              .getByText(boards.get('needsAnalysis.challenge') ?? '', { exact: true })
              .first()
              .waitFor();
          },
        ],
      ];
      for (const [name, visit] of visits) {
        await visit();
        expect(await page.evaluate(() => document.documentElement.lang), `${language} ${name}`).toBe(
          language,
        );
        await shot(page, name);
        expect(await untranslated(page, language), `${language} ${name}`).toEqual([]);
        expect(await seriousViolations(page), `${language} ${name}`).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
  });

  it('lands in Greek for a browser set to Greek', async () => {
    const context = await e2e.context({ locale: 'el-GR' });
    const page = await context.newPage();
    const el = await loadTranslation('el');
    await page.goto(`${e2e.httpUrl}/`);
    await page.getByRole('heading', { name: el.get('start.createHeading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('el');
    expect(await chosenLanguage(page)).toBe('el');
    expect(await untranslated(page, 'el')).toEqual([]);
  });

  it('exports in the Spanish interface’s language by default, the room screen in the working language', async () => {
    // A Greek programme (working language) opened by a facilitator whose browser speaks Spanish.
    const created = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(e2e.httpUrl, 'POST', '/api/programmes', {
        body: {
          title: 'Θεσσαλονίκη — Jūrmala',
          menteeCity: 'Θεσσαλονίκη',
          mentorCity: 'Jūrmala',
          language: 'el',
          facilitatorName: 'Ελένη',
        },
      }),
    );
    const { programme, facilitatorToken: token } = created;
    await call(e2e.httpUrl, 'POST', `/api/programmes/${programme.id}/boards`, {
      token,
      body: { kind: 'action-plan', title: 'Σχέδιο δράσης' },
    });
    const context = await e2e.context({ locale: 'es-ES' });
    const page = await context.newPage();
    const errors = pageErrors(page);
    const es = await loadTranslation('es');
    const el = await loadTranslation('el');
    await page.goto(created.facilitatorLink);
    await page.getByRole('link', { name: 'Σχέδιο δράσης', exact: true }).click();
    await page.getByRole('button', { name: es.get('exports.button'), exact: true }).click();
    // The file's language: the interface's (Spanish), the programme's one choice away.
    const fileLanguage = page.getByLabel(es.get('readerLanguage.exportLabel') ?? '', { exact: true });
    expect(await fileLanguage.inputValue()).toBe('es');
    const exportOf = async (format: string) => {
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/export?')),
        page.getByRole('button', { name: es.get(`exports.formats.${format}`), exact: true }).click(),
      ]);
      return response;
    };
    const spanish = await exportOf('csv');
    expect(new URL(spanish.url()).searchParams.get('lang')).toBe('es');
    expect(spanish.headers()['content-language']).toBe('es');
    await page.getByRole('button', { name: es.get('exports.button'), exact: true }).click();
    await fileLanguage.selectOption('el');
    const greek = await exportOf('csv');
    expect(greek.headers()['content-language']).toBe('el');
    expect(new URL(greek.url()).searchParams.get('lang')).toBe('el');
    // Board text in the working language is marked as Greek inside the Spanish page.
    expect(await page.locator('.collab-control').first().getAttribute('lang')).toBe('el');

    // The room screen speaks the working language, with a switch on its bar.
    await page.goto(created.facilitatorLink);
    await page.getByRole('button', { name: es.get('projection.create'), exact: true }).click();
    const projection = await page.getByTestId('projection-open').getAttribute('href');
    await page.goto(projection ?? '');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 60_000 })
      .toBe('el');
    const screenLanguage = page.getByLabel(el.get('readerLanguage.projectionLabel') ?? '', { exact: true });
    expect(await screenLanguage.inputValue()).toBe('el');
    await page.getByRole('heading', { level: 1, name: el.get('projection.title') }).waitFor();
    await screenLanguage.selectOption('es');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('heading', { level: 1, name: es.get('projection.title') }).waitFor();
    expect(errors).toEqual([]);
  });
});
