import { describe, expect, it } from 'vitest';
import { dotBarPlace, stickyDotState } from './sticky-dots';

describe('stickyDotState', () => {
  it('adds while dots are left, and counts mine on the sticky', () => {
    expect(stickyDotState('a', ['a', 'b'], 3)).toEqual({
      placed: 1,
      left: 1,
      takeBack: false,
      enabled: true,
    });
  });
  it('takes back once every dot is placed, on a sticky holding one of mine', () => {
    expect(stickyDotState('a', ['a', 'a'], 2)).toEqual({ placed: 2, left: 0, takeBack: true, enabled: true });
  });
  it('does nothing on another sticky once every dot is placed', () => {
    expect(stickyDotState('c', ['a', 'b'], 2)).toEqual({
      placed: 0,
      left: 0,
      takeBack: false,
      enabled: false,
    });
  });
  it('never counts fewer than no dots left (a vote changed under me)', () => {
    expect(stickyDotState('a', ['a', 'b', 'c'], 2).left).toBe(0);
  });
});

describe('dotBarPlace', () => {
  const viewport = { w: 1000, h: 800 };
  it('sits inside the sticky, along its bottom edge', () => {
    expect(dotBarPlace({ x: 100, y: 100, w: 200, h: 200 }, viewport)).toEqual({ x: 104, y: 260 });
  });
  it('is left out for a sticky out of view or too small on screen', () => {
    expect(dotBarPlace({ x: 1200, y: 100, w: 200, h: 200 }, viewport)).toBeNull();
    expect(dotBarPlace({ x: 100, y: -400, w: 200, h: 200 }, viewport)).toBeNull();
    expect(dotBarPlace({ x: 100, y: 100, w: 40, h: 40 }, viewport)).toBeNull();
  });
});
