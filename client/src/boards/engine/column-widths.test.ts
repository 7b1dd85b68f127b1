import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTH, clampWidth, readColumnWidths, writeColumnWidths } from './column-widths';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('column widths', () => {
  it('keeps widths in range, whole pixels', () => {
    expect(clampWidth(10)).toBe(COLUMN_WIDTH.min);
    expect(clampWidth(5000)).toBe(COLUMN_WIDTH.max);
    expect(clampWidth(200.4)).toBe(200);
  });

  it('stores per board and table, and reads back only sane numbers', () => {
    const storage = memoryStorage();
    writeColumnWidths(storage, 'board-1:actions', { actions: 320 });
    expect(readColumnWidths(storage, 'board-1:actions')).toEqual({ actions: 320 });
    expect(readColumnWidths(storage, 'board-2:actions')).toEqual({});
    storage.setItem('mentoring-columns:bad', '{"a":"wide","b":12,"c":null}');
    expect(readColumnWidths(storage, 'bad')).toEqual({ b: COLUMN_WIDTH.min });
    storage.setItem('mentoring-columns:broken', '{');
    expect(readColumnWidths(storage, 'broken')).toEqual({});
    expect(readColumnWidths(null, 'x')).toEqual({});
  });
});
