import { describe, expect, it } from 'vitest';
import { applyJourneyChange, EMPTY_SETTINGS, JourneyChangeSchema } from './settings.js';

describe('journey settings', () => {
  const added = {
    id: 'extra-visit',
    title: 'Needs visit',
    purpose: 'needs-analysis',
    mode: 'in-person',
  } as const;

  it('skips and brings back a step, marks one done, once each', () => {
    let settings = applyJourneyChange(EMPTY_SETTINGS, { action: 'skip', step: 'benchmark', skipped: true });
    settings = applyJourneyChange(settings, { action: 'skip', step: 'benchmark', skipped: true });
    expect(settings.skipped).toEqual(['benchmark']);
    settings = applyJourneyChange(settings, { action: 'complete', step: 'matching', completed: true });
    settings = applyJourneyChange(settings, { action: 'skip', step: 'benchmark', skipped: false });
    expect(settings).toEqual({ skipped: [], completed: ['matching'], added: [] });
  });

  it('adds a step once and removes it with its marks', () => {
    let settings = applyJourneyChange(EMPTY_SETTINGS, { action: 'add', step: added });
    settings = applyJourneyChange(settings, { action: 'add', step: added });
    settings = applyJourneyChange(settings, {
      action: 'complete',
      step: 'added:extra-visit',
      completed: true,
    });
    expect(settings.added).toEqual([added]);
    expect(applyJourneyChange(settings, { action: 'remove', id: 'extra-visit' })).toEqual(EMPTY_SETTINGS);
  });

  it('refuses a change it does not know or an added step without a title', () => {
    expect(JourneyChangeSchema.safeParse({ action: 'rename', step: 'x' }).success).toBe(false);
    expect(JourneyChangeSchema.safeParse({ action: 'add', step: { ...added, title: ' ' } }).success).toBe(
      false,
    );
  });
});
