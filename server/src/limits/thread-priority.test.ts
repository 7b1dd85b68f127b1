import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerThreadPriority } from './thread-priority.js';

describe('lowerThreadPriority', () => {
  it('never renices the main thread (that would slow the whole server)', () => {
    const before = getPriority();
    expect(lowerThreadPriority(10)).toBe(false);
    expect(getPriority()).toBe(before);
  });
});
