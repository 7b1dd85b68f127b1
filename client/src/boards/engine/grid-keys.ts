/**
 * The keyboard model of a declared table, after WAI-ARIA's grid pattern: one Tab stop, arrow keys
 * between cells while a cell has focus ("navigate"), Enter or F2 into the cell's control ("edit"),
 * Escape or F2 back out. Pure, so it is tested without a browser; `use-grid.ts` applies it.
 */

export type GridMode = 'navigate' | 'edit';

export interface GridKey {
  readonly key: string;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

export interface GridPoint {
  readonly row: number;
  readonly col: number;
}

export type GridCommand =
  /** Focus another cell (row and column counted from 0, header row included). */
  | { readonly kind: 'move'; readonly to: GridPoint }
  /** Focus the cell's first control. */
  | { readonly kind: 'edit' }
  /** Focus the cell's first control and let this key type into it. */
  | { readonly kind: 'type' }
  /** Back to the cell. */
  | { readonly kind: 'navigate' }
  /** Open the comments on the cell's field (Alt+C), in either mode. */
  | { readonly kind: 'comments' };

const PAGE_ROWS = 5;

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/**
 * What a key does in a grid of `rows` x `cols` cells with focus at `at`; null when the key is not
 * the grid's (it goes on to the control, or to the row's own shortcuts such as Alt+Shift+Arrow).
 */
export function gridCommand(
  event: GridKey,
  mode: GridMode,
  at: GridPoint,
  size: { readonly rows: number; readonly cols: number },
): GridCommand | null {
  const { key } = event;
  if (event.altKey && !event.shiftKey && !event.ctrlKey && !event.metaKey && key.toLowerCase() === 'c') {
    return { kind: 'comments' };
  }
  if (mode === 'edit') {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    return plain && (key === 'Escape' || key === 'F2') ? { kind: 'navigate' } : null;
  }
  // Alt or Meta with an arrow belongs to the row (move it) or to the browser (history).
  if (event.altKey || event.metaKey) return null;
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  const move = (row: number, col: number): GridCommand | null => {
    const to = { row: clamp(row, lastRow), col: clamp(col, lastCol) };
    return { kind: 'move', to };
  };
  if (event.shiftKey) return null;
  switch (key) {
    case 'ArrowUp':
      return move(at.row - 1, at.col);
    case 'ArrowDown':
      return move(at.row + 1, at.col);
    case 'ArrowLeft':
      return move(at.row, at.col - 1);
    case 'ArrowRight':
      return move(at.row, at.col + 1);
    case 'Home':
      return event.ctrlKey ? move(0, 0) : move(at.row, 0);
    case 'End':
      return event.ctrlKey ? move(lastRow, lastCol) : move(at.row, lastCol);
    case 'PageUp':
      return move(at.row - PAGE_ROWS, at.col);
    case 'PageDown':
      return move(at.row + PAGE_ROWS, at.col);
    case 'Enter':
    case 'F2':
      return event.ctrlKey ? null : { kind: 'edit' };
    default:
      // A printable character starts editing the cell with it, as in a spreadsheet. Space does not:
      // it toggles a checkbox or opens a select once in the cell.
      return key.length === 1 && key !== ' ' && !event.ctrlKey ? { kind: 'type' } : null;
  }
}
