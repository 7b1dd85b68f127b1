import { type DragEvent, useCallback, useMemo, useRef, useState } from 'react';
import { dropIndex } from '../fields/item-keys';

/** Where a dragged row would land. */
export interface DropMark {
  readonly overId: string;
  readonly after: boolean;
}

/** The drag handlers a row uses; stable for the table's lifetime. */
export interface RowDrag {
  start(id: string, event: DragEvent<HTMLElement>): void;
  over(id: string, event: DragEvent<HTMLElement>): void;
  drop(id: string, event: DragEvent<HTMLElement>): void;
  end(): void;
}

const MIME = 'application/x-mentoring-row';

/**
 * HTML5 drag and drop of rows by their handle: the dragged row and the drop line are state of the
 * table (so only the rows concerned re-render); the drop moves the row with `moveTo`.
 */
export function useRowDrag(
  ids: readonly string[],
  moveTo: (id: string, index: number) => void,
): { drag: RowDrag; dragging: string | null; mark: DropMark | null } {
  const [dragging, setDragging] = useState<string | null>(null);
  const [mark, setMark] = useState<DropMark | null>(null);
  const latest = useRef({ ids, moveTo, dragging, mark });
  latest.current = { ids, moveTo, dragging, mark };
  const end = useCallback(() => {
    setDragging(null);
    setMark(null);
  }, []);
  const drag = useMemo<RowDrag>(
    () => ({
      start(id, event) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(MIME, id);
        event.dataTransfer.setData('text/plain', id);
        const row = event.currentTarget.closest('tr');
        if (row) event.dataTransfer.setDragImage(row, 16, 16);
        setDragging(id);
      },
      over(id, event) {
        if (!latest.current.dragging) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const box = event.currentTarget.getBoundingClientRect();
        const after = event.clientY > box.top + box.height / 2;
        const current = latest.current.mark;
        if (current?.overId !== id || current.after !== after) setMark({ overId: id, after });
      },
      drop(id, event) {
        const dragged = latest.current.dragging ?? event.dataTransfer.getData(MIME);
        if (!dragged) return;
        event.preventDefault();
        const after = latest.current.mark?.overId === id ? latest.current.mark.after : false;
        const index = dropIndex(latest.current.ids, dragged, id, after);
        if (index !== null) latest.current.moveTo(dragged, index);
        end();
      },
      end,
    }),
    [end],
  );
  return { drag, dragging, mark };
}
