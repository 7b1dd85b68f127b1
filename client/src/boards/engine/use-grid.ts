import { type KeyboardEvent, type RefObject, useCallback, useEffect, useRef } from 'react';
import { type GridPoint, gridCommand } from './grid-keys';

const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([data-grid-cell])';

/** Where grid.css shows a table as one card per row. */
const CARDS_QUERY = '(max-width: 700px)';

function cellsOf(table: HTMLTableElement): HTMLElement[][] {
  return Array.from(table.rows, (row) => Array.from(row.cells));
}

function cellOf(target: EventTarget | null, table: HTMLTableElement): HTMLElement | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-grid-cell]') : null;
  return cell && table.contains(cell) ? cell : null;
}

function pointOf(cell: HTMLElement, grid: HTMLElement[][]): GridPoint | null {
  for (let row = 0; row < grid.length; row++) {
    const col = grid[row]?.indexOf(cell) ?? -1;
    if (col !== -1) return { row, col };
  }
  return null;
}

function controlsOf(cell: HTMLElement): HTMLElement[] {
  return Array.from(cell.querySelectorAll<HTMLElement>(CONTROLS)).filter(
    (element) => !element.hasAttribute('disabled') && element.getClientRects().length > 0,
  );
}

/** Takes the controls in `root` (and `root` itself) out of the Tab order: the grid's cells hold it. */
function untab(root: HTMLElement) {
  const controls = root.matches(CONTROLS) ? [root] : [];
  for (const control of [...controls, ...root.querySelectorAll<HTMLElement>(CONTROLS)]) {
    if (control.getAttribute('tabindex') !== '-1') control.setAttribute('tabindex', '-1');
  }
}

/**
 * Makes a table a WAI-ARIA grid (see grid-keys.ts): one cell is the table's only Tab stop (roving
 * tabindex), every control inside the cells leaves the Tab order, the keys move and edit. Done on the
 * DOM rather than in React state, so that moving between 1 000 cells re-renders nothing; a mutation
 * observer keeps new rows and controls in line.
 */
export function useGrid(
  tableRef: RefObject<HTMLTableElement | null>,
  onComments: (cell: HTMLElement) => void,
) {
  // The first row's number: where Tab enters the grid until focus has been in it.
  const active = useRef<GridPoint>({ row: 1, col: 0 });

  /** The roving tabindex of the cells (the controls are handled as they are added, see below). */
  const apply = useCallback(() => {
    const table = tableRef.current;
    if (!table) return;
    const grid = cellsOf(table);
    const focused = cellOf(document.activeElement, table);
    const at = focused ? pointOf(focused, grid) : null;
    if (at) active.current = at;
    const row = Math.max(Math.min(active.current.row, grid.length - 1), 0);
    const col = Math.min(active.current.col, (grid[row]?.length ?? 1) - 1);
    active.current = { row, col: Math.max(col, 0) };
    // Without rows there is nothing to move through: no Tab stop (the empty table does not scroll).
    const empty = grid.length <= 1;
    grid.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const tabIndex = !empty && r === active.current.row && c === active.current.col ? '0' : '-1';
        if (cell.getAttribute('tabindex') !== tabIndex) cell.setAttribute('tabindex', tabIndex);
      });
    });
  }, [tableRef]);

  useEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    untab(table);
    apply();
    // Only what was added is walked, and the cells once per frame: adding the 200th row of a plan
    // must not walk the other 199.
    let frame = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLElement) untab(node);
      }
      if (!frame) {
        frame = requestAnimationFrame(() => {
          frame = 0;
          apply();
        });
      }
    });
    observer.observe(table, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [tableRef, apply]);

  const focusCell = useCallback(
    (to: GridPoint) => {
      const table = tableRef.current;
      // As cards (narrow screens) the header row is hidden: the arrows stay among the rows.
      const cards = window.matchMedia(CARDS_QUERY).matches;
      const target = cards && to.row === 0 ? { row: 1, col: to.col } : to;
      const cell = table ? cellsOf(table)[target.row]?.[target.col] : undefined;
      if (!cell) return;
      active.current = target;
      apply();
      cell.focus();
      // The sticky first column must not hide the cell: scroll-padding on the wrapper keeps it clear.
      cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [tableRef, apply],
  );

  const onFocus = useCallback(() => apply(), [apply]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableElement>) => {
      const table = tableRef.current;
      const cell = table ? cellOf(event.target, table) : null;
      if (!table || !cell) return;
      // Where the cell is, from the DOM's own indexes: building the whole grid on every key cost a
      // walk of the 1 800 cells of a 200-row plan for each character typed.
      const row = cell.parentElement;
      if (!(row instanceof HTMLTableRowElement) || row.closest('table') !== table) return;
      const at = { row: row.rowIndex, col: Array.prototype.indexOf.call(row.cells, cell) };
      if (at.col < 0) return;
      const mode = event.target === cell ? 'navigate' : 'edit';
      if (mode === 'edit' && event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey) {
        // Several controls in one cell (a row's tools): Tab goes through them, then out of the grid.
        const controls = controlsOf(cell);
        const next = controls[controls.indexOf(event.target as HTMLElement) + 1];
        if (next) {
          event.preventDefault();
          next.focus();
        }
        return;
      }
      // Every row has the header's cells (number, a column each, tools).
      const size = {
        rows: table.rows.length,
        cols: Math.max(table.rows[0]?.cells.length ?? 0, row.cells.length),
      };
      const command = gridCommand(event, mode, at, size);
      if (!command) return;
      if (command.kind === 'type') {
        const first = controlsOf(cell)[0];
        if (first?.getAttribute('role') === 'textbox') {
          // A text cell shown as text (CellText): focused, it puts its editor in its place at once,
          // caret at the end, and the character goes on to it.
          first.focus();
          return;
        }
        if (
          first instanceof HTMLTextAreaElement ||
          (first instanceof HTMLInputElement && first.type !== 'checkbox')
        ) {
          // No preventDefault: the character goes on to the control that has focus now, at its end.
          first.focus();
          if (first.type !== 'date' && first.type !== 'time') {
            first.setSelectionRange(first.value.length, first.value.length);
          }
        }
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (command.kind === 'move') focusCell(command.to);
      else if (command.kind === 'edit') controlsOf(cell)[0]?.focus();
      else if (command.kind === 'navigate') cell.focus();
      else onComments(cell);
    },
    [tableRef, focusCell, onComments],
  );

  return { onKeyDown, onFocus };
}
