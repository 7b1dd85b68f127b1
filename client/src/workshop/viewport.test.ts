import { describe, expect, it } from 'vitest';
import { viewportPageBounds } from './viewport';

describe('viewportPageBounds', () => {
  it('is the area a canvas of w x h px shows at that camera', () => {
    expect(viewportPageBounds({ x: -321, y: 123, z: 0.5, w: 1280, h: 800 })).toEqual({
      x: 321,
      y: -123,
      w: 2560,
      h: 1600,
    });
  });

  it('is unknown for a viewport sent without its size', () => {
    expect(viewportPageBounds({ x: 0, y: 0, z: 1 })).toBeNull();
  });
});
