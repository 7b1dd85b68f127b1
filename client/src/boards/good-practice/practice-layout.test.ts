import { GOOD_PRACTICE_SPEC } from '@mentoring/shared/doc/good-practice';
import { GOOD_PRACTICE_SECTIONS } from '@mentoring/shared/schema/templates/good-practice';
import { describe, expect, it } from 'vitest';
import { PRACTICE_LAYOUT } from './PracticeBody';

describe('the good-practice card', () => {
  it('shows every field of the layout exactly once', () => {
    const shown = PRACTICE_LAYOUT.flatMap((entry) =>
      'section' in entry
        ? GOOD_PRACTICE_SECTIONS[entry.section].map((key) => `${entry.section}.${key}`)
        : [entry.field],
    );
    expect([...shown].sort()).toEqual([...GOOD_PRACTICE_SPEC.texts].sort());
  });
});
