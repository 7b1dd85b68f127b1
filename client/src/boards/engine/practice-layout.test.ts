import { GOOD_PRACTICE_SPEC } from '@mentoring/shared/doc/good-practice';
import { GOOD_PRACTICE_TEMPLATE } from '@mentoring/shared/schema/templates/good-practice';
import { fieldsOfBlocks, listAt } from '@mentoring/shared/schema/templates/walk';
import { describe, expect, it } from 'vitest';

describe('the good-practice card', () => {
  it('shows every field of the layout exactly once', () => {
    const practices = listAt(GOOD_PRACTICE_TEMPLATE, 'practices');
    const shown = fieldsOfBlocks(practices?.blocks ?? []).map((field) => field.key);
    expect([...shown].sort()).toEqual([...GOOD_PRACTICE_SPEC.texts].sort());
  });
});
