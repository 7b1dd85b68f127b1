import { describe, expect, it } from 'vitest';
import { type GridKey, gridCommand } from './grid-keys';

const key = (name: string, mods: Partial<GridKey> = {}): GridKey => ({
  key: name,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const size = { rows: 6, cols: 5 };
const mid = { row: 2, col: 2 };

describe('gridCommand', () => {
  it('moves between cells with the arrow keys, stopping at the edges', () => {
    expect(gridCommand(key('ArrowUp'), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 1, col: 2 },
    });
    expect(gridCommand(key('ArrowDown'), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 3, col: 2 },
    });
    expect(gridCommand(key('ArrowLeft'), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 2, col: 1 },
    });
    expect(gridCommand(key('ArrowRight'), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 2, col: 3 },
    });
    const corner = { row: 0, col: 0 };
    expect(gridCommand(key('ArrowUp'), 'navigate', corner, size)).toEqual({ kind: 'move', to: corner });
    expect(gridCommand(key('ArrowLeft'), 'navigate', corner, size)).toEqual({ kind: 'move', to: corner });
    const last = { row: 5, col: 4 };
    expect(gridCommand(key('ArrowDown'), 'navigate', last, size)).toEqual({ kind: 'move', to: last });
    expect(gridCommand(key('ArrowRight'), 'navigate', last, size)).toEqual({ kind: 'move', to: last });
  });

  it('goes to the row ends with Home/End and to the grid corners with Ctrl', () => {
    expect(gridCommand(key('Home'), 'navigate', mid, size)).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(gridCommand(key('End'), 'navigate', mid, size)).toEqual({ kind: 'move', to: { row: 2, col: 4 } });
    expect(gridCommand(key('Home', { ctrlKey: true }), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 0, col: 0 },
    });
    expect(gridCommand(key('End', { ctrlKey: true }), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 5, col: 4 },
    });
    expect(gridCommand(key('PageDown'), 'navigate', mid, size)).toEqual({
      kind: 'move',
      to: { row: 5, col: 2 },
    });
  });

  it('edits with Enter or F2 and returns with Escape or F2', () => {
    expect(gridCommand(key('Enter'), 'navigate', mid, size)).toEqual({ kind: 'edit' });
    expect(gridCommand(key('F2'), 'navigate', mid, size)).toEqual({ kind: 'edit' });
    expect(gridCommand(key('Escape'), 'edit', mid, size)).toEqual({ kind: 'navigate' });
    expect(gridCommand(key('F2'), 'edit', mid, size)).toEqual({ kind: 'navigate' });
  });

  it('leaves every other key to the control while editing', () => {
    for (const name of ['ArrowUp', 'ArrowLeft', 'Home', 'End', 'Enter', 'a', ' ', 'Tab']) {
      expect(gridCommand(key(name), 'edit', mid, size), name).toBeNull();
    }
  });

  it('starts editing with a printable character, but not with Space or a shortcut', () => {
    expect(gridCommand(key('x'), 'navigate', mid, size)).toEqual({ kind: 'type' });
    expect(gridCommand(key(' '), 'navigate', mid, size)).toBeNull();
    expect(gridCommand(key('x', { ctrlKey: true }), 'navigate', mid, size)).toBeNull();
    expect(gridCommand(key('Tab'), 'navigate', mid, size)).toBeNull();
  });

  it('opens comments with Alt+C in either mode', () => {
    expect(gridCommand(key('c', { altKey: true }), 'navigate', mid, size)).toEqual({ kind: 'comments' });
    expect(gridCommand(key('C', { altKey: true }), 'edit', mid, size)).toEqual({ kind: 'comments' });
  });

  it("leaves the row's Alt+Shift+Arrow moves and Shift selections alone", () => {
    expect(gridCommand(key('ArrowUp', { altKey: true, shiftKey: true }), 'navigate', mid, size)).toBeNull();
    expect(gridCommand(key('ArrowDown', { shiftKey: true }), 'navigate', mid, size)).toBeNull();
    expect(gridCommand(key('ArrowLeft', { metaKey: true }), 'navigate', mid, size)).toBeNull();
  });
});
