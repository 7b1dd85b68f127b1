import type { Page } from 'playwright-core';

const LONG = 60_000;

export interface CreatedProgramme {
  programmeId: string;
  url: string;
}

/** Fills the start page's form and waits for the new programme's home. */
export async function createProgramme(
  page: Page,
  baseUrl: string,
  fields: { title: string; mentee: string; mentor: string; name: string; theme?: string },
): Promise<CreatedProgramme> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('Programme title').fill(fields.title);
  if (fields.theme) await page.getByLabel('Theme').fill(fields.theme);
  await page.getByLabel('Mentee city').fill(fields.mentee);
  await page.getByLabel('Mentor city').fill(fields.mentor);
  await page.getByLabel('Your name').fill(fields.name);
  await page.getByRole('button', { name: 'Create programme' }).click();
  await page.waitForURL(/\/programmes\/[A-Za-z0-9_-]+$/, { timeout: LONG });
  await page.getByRole('heading', { level: 1, name: fields.title }).waitFor({ timeout: LONG });
  const programmeId = new URL(page.url()).pathname.split('/').pop() ?? '';
  return { programmeId, url: page.url() };
}

/** Creates a board of `kind` from the programme home and waits for it in the list. */
export async function createBoard(page: Page, title: string, kindLabel = 'Free canvas'): Promise<void> {
  await page.getByLabel('Kind of board').selectOption({ label: kindLabel });
  await page.getByLabel('Board title').fill(title);
  await page.getByRole('button', { name: 'Create board' }).click();
  await page.getByRole('link', { name: title, exact: true }).waitFor({ timeout: LONG });
}

/** Creates an invite link for a role (by its English label) and returns the link. */
export async function createInvite(page: Page, role: string, roleLabel: string): Promise<string> {
  await page.getByLabel('Role', { exact: true }).selectOption({ label: roleLabel });
  await page.getByRole('button', { name: 'Create link' }).click();
  const input = page.locator(`li[data-invite-role="${role}"] input[type="text"]`).first();
  await input.waitFor({ timeout: LONG });
  return input.inputValue();
}

/** Opens an invite link, joins with a name and organisation, waits for the programme home. */
export async function join(page: Page, link: string, name: string, organisation?: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Your name').fill(name);
  if (organisation) await page.getByLabel('Organisation').fill(organisation);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL(/\/programmes\/[A-Za-z0-9_-]+$/, { timeout: LONG });
  await page.getByRole('heading', { level: 2, name: 'Boards' }).waitFor({ timeout: LONG });
}

/** Opens a board from the programme home and waits until the canvas is live and drivable. */
export async function openBoard(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await waitForCanvas(page);
}

/** Waits for the canvas to be mounted (test hook present) and the connection to be live. */
export async function waitForCanvas(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __board?: unknown }).__board), undefined, {
    timeout: LONG,
  });
  await waitForStatus(page, { link: 'live' });
}

/** Waits until the connection badge shows this link state (and save state, when given). */
export async function waitForStatus(page: Page, state: { link?: string; save?: string }): Promise<void> {
  let selector = '[data-testid="connection-status"]';
  if (state.link) selector += `[data-link="${state.link}"]`;
  if (state.save) selector += `[data-save="${state.save}"]`;
  await page.locator(selector).waitFor({ timeout: LONG });
}

/**
 * Switches the interface language from the person menu at the end of the top bar (the menu of
 * react-aria: its items are menu item radios named by each language in itself).
 */
export async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.getByTestId('person-menu').click();
  await page.locator(`[role="menuitemradio"][lang="${language}"]`).click();
  await page.waitForFunction((lng) => document.documentElement.lang === lng, language, { timeout: LONG });
}

/** The interface language the person menu shows as chosen. */
export async function chosenLanguage(page: Page): Promise<string | null> {
  await page.getByTestId('person-menu').click();
  const chosen = await page.locator('[role="menuitemradio"][aria-checked="true"]').getAttribute('lang');
  await page.keyboard.press('Escape');
  return chosen;
}
