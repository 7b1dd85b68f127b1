import { describe, expect, it } from 'vitest';
import { cappedOffset } from './scroll-anchor';

describe('cappedOffset', () => {
  it("keeps the leader's offset into a row that is tall enough here", () => {
    expect(cappedOffset(12, 60)).toBe(12);
  });
  it('never goes past the row here (a shorter row on a wider screen)', () => {
    expect(cappedOffset(150, 44)).toBe(43);
  });
  it('never goes above the row', () => {
    expect(cappedOffset(-5, 44)).toBe(0);
  });
});
