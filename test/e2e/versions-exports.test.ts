import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForCanvas, waitForStatus } from './support/app.js';
import { pageErrors, screenshots } from './support/browser.js';
import { createNote } from './support/canvas.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical WCAG 2.1 A/AA violations inside `selector` (the context bypasses CSP). */
async function violationsIn(page: Page, selector: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (scope) => {
    type Result = { violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: string, options: object): Promise<Result> } })
      .axe;
    const result = await axe.run(scope, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
  }, selector);
}

const POLL = { timeout: 60_000, interval: 200 };
const LONG = 60_000;

/** A cell of the action plan by its row position and column label. */
function cell(page: Page, position: number, column: string): Locator {
  return page.getByLabel(`${column}, Action ${position}`, { exact: true });
}

/** The action rows' first column, in display order (a cell is a textarea only while edited). */
function firstColumn(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="action-table"] tbody tr [data-field="actions"]')
    .evaluateAll((cells) =>
      cells.map((cell) => (cell instanceof HTMLTextAreaElement ? cell.value : (cell.textContent ?? ''))),
    );
}

async function typeAtEnd(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(text, { delay: 20 });
}

async function openTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.locator('[data-testid="template-board"]').waitFor({ timeout: LONG });
  await waitForStatus(page, { link: 'live' });
}

/** Picks a format from the board's Export menu and returns the download's name and size. */
async function exportAs(page: Page, label: string, dir: string): Promise<{ name: string; size: number }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: LONG }),
    page.getByRole('button', { name: label, exact: true }).click(),
  ]);
  const name = download.suggestedFilename();
  const file = path.join(dir, name);
  await download.saveAs(file);
  return { name, size: fs.statSync(file).size };
}

describe('versions and exports', () => {
  const e2e = useE2e();
  let downloads: string;
  /** The facilitator's page after the first test: on a board of the programme. */
  let facilitator: Page | null = null;

  beforeAll(() => {
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'versions-e2e-'));
  });

  afterAll(() => {
    if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
  });

  it('saves a version, compares it with the board now, restores it for everyone, exports files', async () => {
    const shot = screenshots('versions');
    const {
      host: pageA,
      guests: [pageB],
      errors,
    } = await gather(e2e, {
      host: { bypassCSP: true },
      programme: { title: 'Language learning', mentee: 'Riga', mentor: 'Málaga', name: 'Fatima' },
      boards: [
        { title: 'Action plan', kind: 'Action plan' },
        { title: 'Sketches', kind: 'Free canvas' },
      ],
      guests: [
        { role: 'mentee', roleLabel: 'Mentee city', name: 'Jānis', organisation: 'Riga City Council' },
      ],
    });
    if (!pageB) throw new Error('no guest');

    // The first state of the plan: one action, seen by both.
    await openTemplate(pageA, 'Action plan');
    await openTemplate(pageB, 'Action plan');
    await pageA.getByRole('button', { name: 'Add an action' }).click();
    await typeAtEnd(cell(pageA, 1, '1. Actions'), 'Language café in libraries');
    await expect.poll(() => firstColumn(pageB), POLL).toEqual(['Language café in libraries']);
    await waitForStatus(pageA, { link: 'live', save: 'saved' });

    // Save it as a named version.
    await pageA.getByRole('button', { name: 'Versions', exact: true }).click();
    const panelA = pageA.getByRole('dialog', { name: 'Versions of “Action plan”' });
    await panelA.getByLabel('Name of the new version').fill('After visit 1');
    await panelA.getByRole('button', { name: 'Save a version' }).click();
    await panelA.getByRole('row', { name: /After visit 1/ }).waitFor({ timeout: LONG });
    await expect
      .poll(() => panelA.getByRole('status').first().textContent(), POLL)
      .toContain('After visit 1');
    await shot(pageA, 'saved-version');
    await panelA.getByRole('button', { name: 'Close' }).click();
    await panelA.waitFor({ state: 'hidden', timeout: LONG });

    // Change the board: more words in the first action, and a second action.
    await typeAtEnd(cell(pageA, 1, '1. Actions'), ' and schools');
    await pageB.getByRole('button', { name: 'Add an action' }).click();
    await typeAtEnd(cell(pageB, 2, '1. Actions'), 'Volunteer mentors');
    await expect
      .poll(() => firstColumn(pageA), POLL)
      .toEqual(['Language café in libraries and schools', 'Volunteer mentors']);

    // Compare the version with now: the added row and the added words are marked.
    await pageA.getByRole('button', { name: 'Versions', exact: true }).click();
    await panelA.getByRole('button', { name: 'Compare', exact: true }).click();
    const result = panelA.getByTestId('compare-result');
    await result.waitFor({ timeout: LONG });
    await expect
      .poll(() => result.locator('[data-status="added"]').textContent(), POLL)
      .toContain('Volunteer mentors');
    expect(await result.locator('[data-status="added"]').textContent()).toContain('Row added');
    expect(await result.locator('[data-status="changed"] ins').first().textContent()).toContain(
      'and schools',
    );
    expect(await result.locator('[data-status="changed"] ins').first().textContent()).toContain('added:');
    await shot(pageA, 'compared');
    expect(await violationsIn(pageA, '.versions-panel')).toEqual([]);

    // Open the version read-only.
    await panelA.getByRole('button', { name: 'Open “After visit 1” read-only' }).click();
    await expect
      .poll(() => panelA.getByTestId('version-content').textContent(), POLL)
      .toContain('Language café in libraries');
    expect(await panelA.getByTestId('version-content').textContent()).not.toContain('Volunteer mentors');

    // Restore it (after confirming): both people see the old content live.
    await panelA.getByRole('button', { name: 'Restore “After visit 1”' }).click();
    const confirm = pageA.getByRole('dialog', { name: 'Restore “After visit 1”?' });
    await confirm.waitFor({ timeout: LONG });
    await shot(pageA, 'confirm-restore');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect.poll(() => firstColumn(pageB), POLL).toEqual(['Language café in libraries']);
    await expect.poll(() => firstColumn(pageA), POLL).toEqual(['Language café in libraries']);
    // The state before the restore was kept as a version, so the restore can be undone.
    await panelA.getByRole('row', { name: /Before restoring/ }).waitFor({ timeout: LONG });
    await shot(pageA, 'restored');
    await panelA.getByRole('button', { name: 'Close' }).click();
    await shot(pageB, 'restored-other-person');

    // Exports of the action plan, downloaded with the session token.
    const docx = await exportAs(pageA, 'Word document (DOCX)', downloads);
    expect(docx.name).toMatch(/\.docx$/);
    expect(docx.name).toContain('Action plan');
    expect(docx.size).toBeGreaterThan(0);
    const csv = await exportAs(pageB, 'Spreadsheet (CSV)', downloads);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.size).toBeGreaterThan(0);
    expect(fs.readFileSync(path.join(downloads, csv.name), 'utf8')).toContain('Language café in libraries');

    // A canvas: SVG and PNG drawn in the browser.
    await pageA.getByRole('link', { name: 'Back to the programme' }).click();
    await pageA.getByRole('link', { name: 'Sketches', exact: true }).click();
    // tldraw's chunk is large and the machine may be busy: wait longer than for other pages.
    await pageA
      .waitForFunction(() => Boolean((window as { __board?: unknown }).__board), undefined, {
        timeout: 180_000,
      })
      .catch(async (error: unknown) => {
        await shot(pageA, 'canvas-failed');
        throw new Error(`${String(error)}\npage errors: ${errors.join('\n')}`);
      });
    await waitForCanvas(pageA);
    await createNote(pageA, 'idea', 100, 100, 'Ideas from Málaga');
    const png = await exportAs(pageA, 'Image (PNG)', downloads);
    expect(png.name).toMatch(/\.png$/);
    expect(png.size).toBeGreaterThan(0);
    const svg = await exportAs(pageA, 'Image (SVG)', downloads);
    expect(svg.name).toMatch(/\.svg$/);
    expect(fs.readFileSync(path.join(downloads, svg.name), 'utf8')).toContain('<svg');
    await shot(pageA, 'canvas-exported');

    // A canvas version opens in a read-only tldraw inside the panel.
    await waitForStatus(pageA, { link: 'live', save: 'saved' });
    await pageA.getByRole('button', { name: 'Versions', exact: true }).click();
    const canvasPanel = pageA.getByRole('dialog', { name: 'Versions of “Sketches”' });
    await canvasPanel.getByLabel('Name of the new version').fill('First ideas');
    await canvasPanel.getByRole('button', { name: 'Save a version' }).click();
    await canvasPanel.getByRole('button', { name: 'Open “First ideas” read-only' }).click();
    await expect
      .poll(() => canvasPanel.getByTestId('canvas-version').textContent(), POLL)
      .toContain('Ideas from Málaga');
    await shot(pageA, 'canvas-version');
    await canvasPanel.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
    facilitator = pageA;
  });

  it('downloads the programme backup and imports it as a new programme from the start page', async () => {
    const shot = screenshots('versions-backup');
    const pageA = facilitator;
    if (!pageA) throw new Error('the first test did not finish');
    await pageA.getByRole('link', { name: 'Back to the programme' }).click();
    const backupButton = pageA.getByRole('button', { name: 'Download backup (ZIP)' });
    await backupButton.waitFor({ timeout: LONG });
    const [download] = await Promise.all([
      pageA.waitForEvent('download', { timeout: LONG }),
      backupButton.click(),
    ]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/\.zip$/);
    const zipFile = path.join(downloads, name);
    await download.saveAs(zipFile);
    const entries = unzipSync(fs.readFileSync(zipFile));
    const backup = entries['backup.json'];
    expect(backup?.length ?? 0).toBeGreaterThan(0);
    const backupFile = path.join(downloads, 'backup.json');
    fs.writeFileSync(backupFile, backup ?? new Uint8Array());
    await shot(pageA, 'backup-downloaded');

    // Someone else imports it on the start page and becomes the new programme's facilitator.
    const pageC = await (await e2e.context()).newPage();
    const errors = pageErrors(pageC);
    await pageC.goto(`${e2e.httpUrl}/`);
    await pageC.getByLabel('Backup file (JSON)').setInputFiles(backupFile);
    await shot(pageC, 'import-chosen');
    await pageC.getByRole('button', { name: 'Import', exact: true }).click();
    await pageC.waitForURL(/\/programmes\/[A-Za-z0-9_-]+$/, { timeout: LONG });
    expect(new URL(pageC.url()).pathname).not.toBe(new URL(pageA.url()).pathname);
    await pageC.getByRole('heading', { level: 1, name: 'Language learning' }).waitFor({ timeout: LONG });
    await openTemplate(pageC, 'Action plan');
    await expect.poll(() => firstColumn(pageC), POLL).toEqual(['Language café in libraries']);
    await shot(pageC, 'imported-board');
    expect(errors).toEqual([]);
  });
});
