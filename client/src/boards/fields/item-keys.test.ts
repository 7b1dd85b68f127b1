import { describe, expect, it } from 'vitest';
import { dropIndex, itemShortcut, stepIndex } from './item-keys';

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key: k,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('item shortcuts', () => {
  it('move with Alt+Shift+arrows and insert with Alt+Shift+Enter', () => {
    expect(itemShortcut(key('ArrowUp', { altKey: true, shiftKey: true }))).toBe('move-up');
    expect(itemShortcut(key('ArrowDown', { altKey: true, shiftKey: true }))).toBe('move-down');
    expect(itemShortcut(key('Enter', { altKey: true, shiftKey: true }))).toBe('insert-below');
  });

  it('leave plain typing and other combinations alone', () => {
    expect(itemShortcut(key('ArrowUp'))).toBeNull();
    expect(itemShortcut(key('ArrowUp', { shiftKey: true }))).toBeNull();
    expect(itemShortcut(key('ArrowUp', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeNull();
    expect(itemShortcut(key('a', { altKey: true, shiftKey: true }))).toBeNull();
  });
});

describe('positions', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('drop a dragged item before or after another', () => {
    expect(dropIndex(ids, 'a', 'c', true)).toBe(2); // b c a d
    expect(dropIndex(ids, 'a', 'c', false)).toBe(1); // b a c d
    expect(dropIndex(ids, 'd', 'a', false)).toBe(0);
    expect(dropIndex(ids, 'b', 'a', true)).toBeNull(); // already there
    expect(dropIndex(ids, 'b', 'c', false)).toBeNull();
    expect(dropIndex(ids, 'b', 'b', true)).toBeNull();
    expect(dropIndex(ids, 'x', 'b', true)).toBeNull();
  });

  it('step up and down, not past either end', () => {
    expect(stepIndex(ids, 'b', -1)).toBe(0);
    expect(stepIndex(ids, 'b', 1)).toBe(2);
    expect(stepIndex(ids, 'a', -1)).toBeNull();
    expect(stepIndex(ids, 'd', 1)).toBeNull();
  });
});
