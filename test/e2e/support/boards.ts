import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { waitForStatus } from './app.js';
import { type ContextOptions, root, screenshots } from './browser.js';
import type { E2e } from './e2e.js';
import { gather } from './people.js';

/** What the structured-board e2e files share: board kinds, the action plan's cells, whole-board shots. */
export const POLL = { timeout: 30_000, interval: 100 };
export const LONG = 30_000;
const AXE = path.join(root, 'node_modules/axe-core/axe.min.js');

/** The English labels of the board kinds in the "Kind of board" select. */
export const KIND_LABELS = {
  'needs-analysis': 'Needs analysis',
  benchmark: 'Benchmark',
  'mentor-strengths': 'Mentor strengths',
  'good-practice': 'Good practice',
  'support-network': 'Local support network',
  'action-plan': 'Action plan',
  'visit-agenda': 'Visit agenda',
} as const;
export type Kind = keyof typeof KIND_LABELS;

/** Opens a structured board from the programme home and waits until it is live and set up. */
export async function openTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.locator('[data-testid="template-board"]').waitFor({ timeout: LONG });
  await waitForStatus(page, { link: 'live' });
}

/** Back to the programme home from a board. */
export async function backHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Back to the programme' }).click();
  await page.getByRole('heading', { level: 2, name: 'Boards' }).waitFor({ timeout: LONG });
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.impact} ${violation.id}: ${violation.help} at ${JSON.stringify(
            violation.nodes.slice(0, 3).map((node) => node.target),
          )}`,
      );
  });
}

/** A cell of the action plan by its row position and column label ("1. Actions"). */
export function cell(page: Page, position: number, column: string): Locator {
  return page.getByLabel(`${column}, Action ${position}`, { exact: true });
}

/**
 * What a text field holds: its control's value, or the text a table cell shows while nobody here
 * edits it (a cell becomes a textarea only when focused: client/src/boards/fields/CellText.tsx).
 */
export function textOf(field: Locator, options?: { timeout?: number }): Promise<string> {
  return field.evaluate(
    (element) =>
      element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement
        ? element.value
        : (element.textContent ?? ''),
    undefined,
    options,
  );
}

/** The action rows' first column, in display order. */
export function firstColumn(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="action-table"] tbody tr [data-field="actions"]')
    .evaluateAll((cells) =>
      cells.map((cell) => (cell instanceof HTMLTextAreaElement ? cell.value : (cell.textContent ?? ''))),
    );
}

/**
 * Screenshots of whole boards: the board normally scrolls inside the screen under its chrome, so
 * for the picture its layout is let out to the page's full height, then put back.
 */
export function boardShots(scenario: string): (page: Page, step: string) => Promise<void> {
  const shot = screenshots(scenario);
  const layout = (page: Page, expand: boolean) =>
    page.evaluate((on) => {
      const set = (selector: string, property: string, value: string) => {
        for (const element of document.querySelectorAll<HTMLElement>(selector)) {
          if (on) element.style.setProperty(property, value);
          else element.style.removeProperty(property);
        }
      };
      set('.board-screen', 'height', 'auto');
      set('.template-board', 'position', 'static');
      set('.template-main', 'overflow', 'visible');
    }, expand);
  return async (page, step) => {
    await layout(page, true);
    await shot(page, step);
    await layout(page, false);
  };
}

/** Types at the end of a text field, as a person would (click, End, keys). */
export async function typeAtEnd(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(text, { delay: 25 });
}

/**
 * A facilitator who created a programme with boards of `kinds`, and a member of `role` who joined
 * by invite; both on the programme home.
 */
export async function programmeWith(
  e2e: E2e,
  shot: (page: Page, step: string) => Promise<void>,
  kinds: readonly Kind[],
  role: { value: string; label: string; name: string; organisation: string },
  device: ContextOptions = {},
) {
  const { host, guests, errors } = await gather(e2e, {
    host: device,
    programme: {
      title: 'Language learning',
      mentee: 'Riga',
      mentor: 'Málaga',
      name: 'Fatima',
      theme: 'Language learning',
    },
    boards: kinds.map((kind) => ({ title: KIND_LABELS[kind], kind: KIND_LABELS[kind] })),
    guests: [
      { role: role.value, roleLabel: role.label, name: role.name, organisation: role.organisation, device },
    ],
  });
  const pageB = guests[0]!;
  await shot(pageB, 'b-joined');
  return { pageA: host, pageB, errors };
}
