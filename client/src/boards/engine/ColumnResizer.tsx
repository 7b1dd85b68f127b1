import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { COLUMN_WIDTH, clampWidth } from './column-widths';

export interface ColumnResizerProps {
  /** The column's name, for the separator's label ("Width of the column Lead"). */
  label: string;
  /** The width kept for this column on this device, if any: the base of the next key step. */
  kept?: number | undefined;
  onResize: (width: number) => void;
}

/**
 * The handle at the right edge of a header cell: a focusable WAI-ARIA separator whose value is the
 * column's width. Drag it, or from the header cell press Enter to reach it and use the arrow keys
 * (Shift for big steps, Home and End for the narrowest and widest); Escape goes back to the cell.
 * Its keys stop here, so the grid does not move while a column is resized.
 */
export function ColumnResizer({ label, kept, onResize }: ColumnResizerProps) {
  const handle = useRef<HTMLDivElement>(null);
  const start = useRef<{ x: number; width: number } | null>(null);
  // The header cell's width as laid out (a kept width, or the table's own): the separator's value.
  const [width, setWidth] = useState<number>(COLUMN_WIDTH.min);
  // Measured only by the observer, which reports once layout is done: reading the width while the
  // table is being committed forced a layout of all its rows then (1 s of a 200-row plan's first render).
  useEffect(() => {
    const cell = handle.current?.parentElement;
    if (!cell) return;
    const measure = () => setWidth(Math.round(cell.getBoundingClientRect().width));
    const observer = new ResizeObserver(measure);
    observer.observe(cell);
    return () => observer.disconnect();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Step from the kept width, which React commits before the next key, not from the measured one:
    // the ResizeObserver reports a frame later, so quick presses would each start from a stale width.
    const base = kept ?? width;
    const step = event.shiftKey ? COLUMN_WIDTH.bigStep : COLUMN_WIDTH.step;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? base + step
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? base - step
          : event.key === 'Home'
            ? COLUMN_WIDTH.min
            : event.key === 'End'
              ? COLUMN_WIDTH.max
              : null;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    onResize(clampWidth(next));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, width: kept ?? width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    onResize(clampWidth(start.current.width + event.clientX - start.current.x));
  };
  const onPointerEnd = () => {
    start.current = null;
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable separator with a value (WAI-ARIA window splitter); <hr> cannot take focus or keys
    <div
      ref={handle}
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={COLUMN_WIDTH.min}
      aria-valuemax={COLUMN_WIDTH.max}
      tabIndex={0}
      className="column-resizer no-print"
      data-testid="column-resizer"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    />
  );
}
