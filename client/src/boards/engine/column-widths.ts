import { useCallback, useState } from 'react';

/** Column widths in CSS pixels, by column key. */
export type ColumnWidths = Readonly<Record<string, number>>;

/** The narrowest and widest a person may make a column; a step of the arrow keys (Shift: a big one). */
export const COLUMN_WIDTH = { min: 96, max: 960, step: 16, bigStep: 64 } as const;

const PREFIX = 'mentoring-columns:';

/** Keeps a width inside the allowed range, in whole pixels. */
export function clampWidth(width: number): number {
  return Math.round(Math.min(COLUMN_WIDTH.max, Math.max(COLUMN_WIDTH.min, width)));
}

/** The widths kept on this device for one table of one board; {} when none or unreadable. */
export function readColumnWidths(storage: Storage | null, key: string): ColumnWidths {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(PREFIX + key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const widths: Record<string, number> = {};
    for (const [column, width] of Object.entries(parsed)) {
      if (typeof width === 'number' && Number.isFinite(width)) widths[column] = clampWidth(width);
    }
    return widths;
  } catch {
    return {};
  }
}

/** Stores the widths; a full or blocked storage only loses the memory, never the resize. */
export function writeColumnWidths(storage: Storage | null, key: string, widths: ColumnWidths): void {
  try {
    storage?.setItem(PREFIX + key, JSON.stringify(widths));
  } catch {
    // Private mode or a full quota: the widths last until the page closes.
  }
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The widths a person gave a table's columns, kept per board and table on this device (a layout
 * preference, not board content: it is not shared with the others through the document).
 */
export function useColumnWidths(key: string) {
  const [widths, setWidths] = useState<ColumnWidths>(() => readColumnWidths(localStorageOrNull(), key));
  const setWidth = useCallback(
    (column: string, width: number) => {
      setWidths((current) => {
        const next = { ...current, [column]: clampWidth(width) };
        writeColumnWidths(localStorageOrNull(), key, next);
        return next;
      });
    },
    [key],
  );
  return { widths, setWidth };
}
