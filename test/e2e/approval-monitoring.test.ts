import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForStatus } from './support/app.js';
import {
  boardShots,
  cell,
  LONG,
  openTemplate,
  POLL,
  seriousViolations,
  typeAtEnd,
} from './support/boards.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** The counts of the monitoring overview, as shown. */
function statusCounts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="status-counts"] li').allTextContents();
}

describe('approval of the action plan and monitoring of its actions', () => {
  const e2e = useE2e();

  it('a facilitator records the approval of a version and a monitoring update while the mentor watches live', async () => {
    const shot = boardShots('approval-monitoring');
    const {
      host: facilitator,
      guests: [mentor],
      errors,
    } = await gather(e2e, {
      host: { bypassCSP: true },
      programme: { title: 'Buddies', mentee: 'Capaci', mentor: 'Mechelen', name: 'Fatima' },
      boards: [{ title: 'Action plan', kind: 'Action plan' }],
      guests: [
        {
          role: 'mentor',
          roleLabel: 'Mentor city',
          name: 'Els',
          organisation: 'City of Mechelen',
          device: { bypassCSP: true },
        },
      ],
    });
    if (!mentor) throw new Error('no guest');

    // The plan: one action with its success measure, kept as a named version.
    await openTemplate(facilitator, 'Action plan');
    await facilitator.getByRole('button', { name: 'Add an action' }).click();
    await typeAtEnd(cell(facilitator, 1, '1. Actions'), 'Buddy project');
    await typeAtEnd(cell(facilitator, 1, '6. Success evaluation'), '50 pairs by June');
    await waitForStatus(facilitator, { link: 'live', save: 'saved' });
    await facilitator.getByRole('button', { name: 'Versions', exact: true }).click();
    const panel = facilitator.getByRole('dialog', { name: 'Versions of “Action plan”' });
    await panel.getByLabel('Name of the new version').fill('Final plan');
    await panel.getByRole('button', { name: 'Save a version' }).click();
    await panel.getByRole('button', { name: 'Record approval of “Final plan”' }).click({ timeout: LONG });

    // The approval: body, date, reference, who presented it.
    const form = panel.getByRole('group', { name: 'Approval of “Final plan”' });
    await form.getByLabel('Approving body').fill('City council');
    await form.getByLabel('Date of approval').fill('2026-03-10');
    await form.getByLabel('Reference').fill('Decision 2026/41');
    await form.getByLabel('Approved or presented by').fill('Mayor Puccio');
    expect(await seriousViolations(facilitator)).toEqual([]);
    await shot(facilitator, '1-approval-form');
    await form.getByRole('button', { name: 'Save the approval' }).click();
    await expect
      .poll(() => panel.getByRole('status').first().textContent(), POLL)
      .toContain('Approval of “Final plan” recorded');
    await panel.getByRole('button', { name: 'Close' }).click();

    const banner = facilitator.getByTestId('approval-banner');
    await expect
      .poll(() => banner.textContent(), POLL)
      .toContain('Approved by City council on 2026-03-10, ref. Decision 2026/41');
    await expect.poll(() => banner.textContent(), POLL).toContain('The plan is as approved.');
    await shot(facilitator, '2-approved-plan');

    // The approval started the monitoring: the mentor opens it and watches.
    await mentor.reload();
    await openTemplate(mentor, 'Implementation monitoring');
    await expect
      .poll(() => mentor.getByTestId('monitored-action').first().textContent(), POLL)
      .toContain('50 pairs by June');
    await expect.poll(() => statusCounts(mentor), POLL).toContain('Not started: 1');
    // The mentor reads and comments; the status is not the mentor's to change.
    await mentor.getByText('You can read it and comment.', { exact: false }).waitFor({ timeout: LONG });
    expect(await mentor.locator('[data-testid="monitored-actions"] select').first().isDisabled()).toBe(true);

    await facilitator.getByRole('link', { name: 'Back to the programme' }).click();
    await openTemplate(facilitator, 'Implementation monitoring');
    await facilitator.locator('[data-testid="monitored-actions"] select').first().selectOption('on-track');
    await facilitator.getByRole('button', { name: 'Add a progress note' }).click();
    // The note's text cell: shown as text until clicked, then its textarea (same data-field).
    const note = facilitator.locator('[data-testid="monitored-actions"] [data-field="text"]').first();
    await typeAtEnd(note, 'Twelve pairs matched');
    await waitForStatus(facilitator, { link: 'live', save: 'saved' });

    // Live on the mentor's screen: the status count and the recent update.
    await expect.poll(() => statusCounts(mentor), POLL).toContain('On track: 1');
    await expect
      .poll(() => mentor.getByTestId('recent-updates').textContent(), POLL)
      .toContain('Twelve pairs matched');
    expect(await seriousViolations(mentor)).toEqual([]);
    expect(await seriousViolations(facilitator)).toEqual([]);
    await shot(mentor, '3-mentor-watching');
    await shot(facilitator, '4-monitoring-update');

    // Later edits of the plan show as changes since approval, one click away.
    await facilitator.getByRole('link', { name: 'Back to the programme' }).click();
    await openTemplate(facilitator, 'Action plan');
    await typeAtEnd(cell(facilitator, 1, '1. Actions'), ' for newcomers');
    await waitForStatus(facilitator, { link: 'live', save: 'saved' });
    await expect
      .poll(() => facilitator.getByTestId('approval-banner').textContent(), POLL)
      .toContain('The plan has changed since its approval.');
    await facilitator
      .getByTestId('approval-banner')
      .getByRole('button', { name: 'Changes since approval' })
      .click();
    await facilitator
      .getByRole('heading', { name: 'Changes since the approved version “Final plan”' })
      .waitFor({ timeout: LONG });
    expect(await seriousViolations(facilitator)).toEqual([]);
    await shot(facilitator, '5-changes-since-approval');
    expect(errors).toEqual([]);
  });
});
