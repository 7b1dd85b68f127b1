import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.js';
import { backHome, boardShots, LONG, POLL, typeAtEnd } from './support/boards.js';
import { useE2e } from './support/e2e.js';
import { gather } from './support/people.js';

/** The programme home shows the journey; a step's status follows its board live, for everyone. */
describe('mentoring journey on the programme home', () => {
  const e2e = useE2e();

  it('lets a facilitator start the needs analysis from its step while the mentor’s association watches it change', async () => {
    const shot = boardShots('journey/1-home');
    const { host, guests, errors } = await gather(e2e, {
      // axe is injected as an inline script: these profiles bypass the page's CSP.
      host: { bypassCSP: true },
      programme: { title: 'Housing access', mentee: 'Riga', mentor: 'Málaga', name: 'Fatima' },
      guests: [
        {
          role: 'mentor-association',
          roleLabel: "Mentor city's association of municipalities",
          name: 'Lucía',
          organisation: 'FEMP',
          device: { bypassCSP: true },
        },
      ],
    });
    const watcher = guests[0]!;
    const stepOn = (page: typeof host, key: string) => page.locator(`li[data-step="${key}"]`);

    // A new programme: the journey, phase by phase, starting at the needs analysis.
    await host.getByRole('heading', { level: 2, name: 'The mentoring journey' }).waitFor({ timeout: LONG });
    await stepOn(host, 'needs-analysis').waitFor({ timeout: LONG });
    expect(await host.getByRole('heading', { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining(['Preparation', 'Set-up', 'Visits and meetings', 'Formal approval']),
    );
    expect(await stepOn(host, 'needs-analysis').getAttribute('data-status')).toBe('not-started');
    await expect
      .poll(() => host.locator('.journey-where').textContent(), POLL)
      .toBe('Next step: Needs analysis');
    expect(await stepOn(host, 'visit:groundwork').textContent()).toContain('Groundwork visit');
    await shot(host, 'a-new-programme-journey');
    expect(await seriousViolations(host)).toEqual([]);

    await stepOn(watcher, 'needs-analysis').waitFor({ timeout: LONG });
    expect(await stepOn(watcher, 'needs-analysis').textContent()).toContain('Not started');
    // Only those who may add boards are offered to create one; nobody but the facilitator shapes the journey.
    expect(await watcher.getByRole('button', { name: /^Create the board/ }).count()).toBe(0);
    expect(await watcher.getByRole('button', { name: /^Skip:/ }).count()).toBe(0);
    await shot(watcher, 'b-watcher-sees-the-journey');

    // From the step: create the needs analysis, land on it, fill something.
    await stepOn(host, 'needs-analysis')
      .getByRole('button', { name: 'Create the board: Needs analysis' })
      .click();
    await host.locator('[data-testid="template-board"]').waitFor({ timeout: LONG });
    await typeAtEnd(
      host.getByLabel('Challenge to address', { exact: true }),
      'Long waiting lists for housing.',
    );

    // The watcher, still on the home, sees the step change without reloading.
    await expect
      .poll(() => stepOn(watcher, 'needs-analysis').getAttribute('data-status'), POLL)
      .toBe('in-progress');
    expect(await stepOn(watcher, 'needs-analysis').textContent()).toContain('Questions answered: 1 of 12');
    expect(
      await stepOn(watcher, 'needs-analysis').getByRole('link', { name: 'Open Needs analysis' }).count(),
    ).toBe(1);
    await shot(watcher, 'c-watcher-sees-the-step-in-progress');
    expect(await seriousViolations(watcher)).toEqual([]);

    // Back home, the facilitator skips the benchmark (mentoring without a benchmark).
    await backHome(host);
    await stepOn(host, 'benchmark').getByRole('button', { name: 'Skip: Benchmark' }).click();
    await expect.poll(() => stepOn(host, 'benchmark').getAttribute('data-status'), POLL).toBe('skipped');
    expect(await stepOn(host, 'benchmark').textContent()).toContain('Skipped');
    await shot(host, 'd-benchmark-skipped');
    expect(await seriousViolations(host)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
