import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, createBoard, createProgramme, waitForStatus } from './support/app.js';
import { useE2e } from './support/e2e.js';
import { compareShot, settle } from './support/visual.js';

const SIZES = [
  { name: '1366', width: 1366, height: 768 },
  { name: '1920', width: 1920, height: 1080 },
  { name: '390', width: 390, height: 844 },
] as const;
const LANGUAGES = ['en', 'es'] as const;

/**
 * The look of the main screens, pinned: the start page, a programme, an action plan, a canvas and
 * the projector, at 1366x768, 1920x1080 and 390x844, in English and Spanish, against the reference
 * images in `visual-reference/` (refresh them with UPDATE_VISUAL=1 after an intended change). One
 * programme with fixed data; what changes by itself (avatars' colours, QR codes, links with tokens)
 * is masked.
 */
describe('visual checks', () => {
  const e2e = useE2e();

  it('keeps the main screens as they were meant to look', async () => {
    const context = await e2e.context({ width: 1366, height: 768 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    const { url: programmeUrl } = await createProgramme(page, e2e.httpUrl, {
      title: 'Language learning for newcomers',
      theme: 'Language learning',
      mentee: 'Jelgava',
      mentor: 'Schaerbeek',
      name: 'Anna',
    });
    await createBoard(page, 'First action plan', 'Action plan');
    await createBoard(page, 'Ideas wall');
    const boardUrl = async (title: string) =>
      new URL(
        (await page.getByRole('link', { name: title, exact: true }).getAttribute('href')) ?? '',
        e2e.httpUrl,
      ).href;
    const planUrl = await boardUrl('First action plan');
    const canvasUrl = await boardUrl('Ideas wall');
    await page.getByRole('button', { name: 'Create the projection link' }).click();
    const projectionUrl = (await page.getByTestId('projection-open').getAttribute('href')) ?? '';
    expect(projectionUrl).toContain('/project#token=');
    // The room screen in a profile of its own, as on the projector's computer.
    const projector = await (await e2e.context({ width: 1920, height: 1080 })).newPage();
    projector.on('pageerror', (error) => errors.push(error.message));

    const masks = (target: Page): Locator[] => [
      target.locator('.avatar'),
      target.locator('.qr-code, img[src^="data:"], canvas.qr'),
      target.locator('[data-testid="projection-join-link"]'),
      target.locator('time'),
      // "last opened …" on the start page carries the time of the run.
      target.locator('.known-programme .muted'),
    ];
    const screens: {
      name: string;
      target: Page;
      url: string;
      ready: (target: Page, language: string) => Promise<void>;
    }[] = [
      {
        name: 'start',
        target: page,
        url: `${e2e.httpUrl}/`,
        ready: (p) => p.locator('#programme-title').waitFor(),
      },
      {
        name: 'programme',
        target: page,
        url: programmeUrl,
        ready: (p) => p.getByRole('heading', { level: 1, name: 'Language learning for newcomers' }).waitFor(),
      },
      {
        name: 'action-plan',
        target: page,
        url: planUrl,
        ready: async (p) => {
          await p.locator('[data-testid="template-board"]').waitFor();
          await waitForStatus(p, { link: 'live', save: 'saved' });
        },
      },
      {
        name: 'canvas',
        target: page,
        url: canvasUrl,
        ready: async (p) => {
          await p.locator('[data-testid="canvas"] .tl-canvas').waitFor();
          await waitForStatus(p, { link: 'live', save: 'saved' });
        },
      },
      {
        name: 'projector',
        target: projector,
        url: projectionUrl,
        ready: async (p, language) => {
          // The room screen speaks the programme's language unless told otherwise on its own bar.
          const select = p.locator('[data-testid="projection-language"] select');
          await select.selectOption(language);
          expect(await select.inputValue()).toBe(language);
        },
      },
    ];

    const failures: string[] = [];
    for (const language of LANGUAGES) {
      // The interface language, chosen as a person would: from the person menu.
      await page.goto(`${e2e.httpUrl}/`);
      await chooseLanguage(page, language);
      for (const screen of screens) {
        await screen.target.setViewportSize(SIZES[0]);
        await screen.target.goto(screen.url);
        await screen.ready(screen.target, language);
        if (screen.target === page)
          expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        for (const size of SIZES) {
          await screen.target.setViewportSize(size);
          await settle(screen.target);
          const failure = await compareShot(
            screen.target,
            `${screen.name}-${size.name}-${language}`,
            masks(screen.target),
          );
          if (failure) failures.push(failure);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  });
});
