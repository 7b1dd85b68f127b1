import { NEEDS_ANALYSIS_FIELDS } from '@mentoring/shared/doc/needs-analysis';
import { describe, expect, it } from 'vitest';
import { groupOfNeed, NEED_GROUPS } from './needs-options';

describe('needs an action can answer', () => {
  it('offer every needs-analysis field once, in its group', () => {
    const offered = NEED_GROUPS.flatMap((group) => group.keys);
    expect([...offered].sort()).toEqual([...NEEDS_ANALYSIS_FIELDS].sort());
    expect(new Set(offered).size).toBe(offered.length);
    expect(groupOfNeed('localContext.sensitivities.funding')?.group).toBe('localContext.sensitivities');
    expect(groupOfNeed('challenge')?.group).toBeNull();
    expect(groupOfNeed('a free-text need')).toBeUndefined();
  });
});
