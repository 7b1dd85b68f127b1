import { describe, expect, it } from 'vitest';
import { sortNewestFirst } from './use-versions';

const meta = (id: string, createdAt: string) => ({ id, name: id, createdAt, createdBy: null, auto: true });

describe('sortNewestFirst', () => {
  it('puts the newest version first and keeps the input', () => {
    const input = [meta('a', '2026-01-01T10:00:00.000Z'), meta('b', '2026-01-02T10:00:00.000Z')];
    expect(sortNewestFirst(input).map((v) => v.id)).toEqual(['b', 'a']);
    expect(input[0]?.id).toBe('a');
  });
});
