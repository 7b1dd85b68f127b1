import type { RecordSpec } from '@mentoring/shared/doc/layout';
import type { FieldDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { type FocusEvent, memo, useState } from 'react';
import { flushSync } from 'react-dom';
import type * as Y from 'yjs';
import { useContentLanguage } from '../../app/content-language';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { ItemTools } from '../fields/ItemTools';
import { itemShortcut } from '../fields/item-keys';
import { ProposedBy } from '../fields/ProposedBy';
import type { BoardsKey } from '../fields/use-boards-t';
import type { ListActions } from '../fields/use-list-actions';
import { WholeRowContext } from '../fields/whole-row';
import { FieldView } from './FieldView';
import { isTextColumn, lightCell, useLightRow } from './light-cell';
import { type RowMarks, useListScope, useRowMarksHook } from './template-context';
import type { RowDrag } from './use-row-drag';

export interface DataRowProps {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  readonly position: number;
  readonly last: boolean;
  /** Drawn with its tools, links and comment buttons (false: not yet, see whole-rows.ts). */
  readonly whole: boolean;
  /** The row's name in labels ("Action 3", "Visit 1, session 2"). */
  readonly label: string;
  readonly columns: readonly FieldDeclaration[];
  readonly actions: ListActions<RecordSpec>;
  /** Null when the list's rows are not dragged. */
  readonly drag: RowDrag | null;
  readonly dragging: boolean;
  readonly dropMark: 'before' | 'after' | null;
}

function RowHead({
  id,
  item,
  position,
  label,
  drag,
  marks,
}: Pick<DataRowProps, 'id' | 'item' | 'position' | 'label' | 'drag'> & { marks: RowMarks | undefined }) {
  const { t, readOnly } = useScope();
  return (
    <th
      scope="row"
      // biome-ignore lint/a11y/noRedundantRoles: explicit, as the narrow-screen cards change the display, which drops a table's implicit roles
      role="rowheader"
      aria-colindex={1}
      tabIndex={-1}
      data-grid-cell=""
      className="row-head"
    >
      <div className="row-head-line">
        {readOnly || !drag ? null : (
          <span
            className="drag-handle"
            draggable
            aria-hidden="true"
            title={t('common.dragHandle', { item: label })}
            data-testid="drag-handle"
            onDragStart={(event) => drag.start(id, event)}
            onDragEnd={drag.end}
          >
            ⠿
          </span>
        )}
        <span className="row-number">
          <span className="visually-hidden">{label}</span>
          <span aria-hidden="true">{position}</span>
        </span>
      </div>
      <ProposedBy item={item} />
      {marks?.note ? (
        <p className="row-issues" data-testid="row-issues">
          <span aria-hidden="true">⚠ </span>
          {marks.note}
        </p>
      ) : null}
    </th>
  );
}

/**
 * One row of any declared table: its number (and drag handle), proposer and check marks, a cell per
 * column edited with the column's widget, and its tools. Alt+Shift+Arrow keys move it; where rows
 * are dragged, Alt+Shift+Enter inserts one below. Memoised: typing in a cell re-renders nothing here.
 */
export const DataRow = memo(function DataRow(props: DataRowProps) {
  const scope = useScope();
  const { t } = scope;
  const { list, path } = useListScope();
  const { id, item, position, last, whole, label, columns, actions, drag, dragging, dropMark } = props;
  // A row not yet whole turns whole for good when focus or the pointer comes to it: at once for
  // focus, so that the cell's controls are there when it is announced and Enter or Tab reach them.
  const [reached, setReached] = useState(false);
  const full = whole || reached;
  useLightRow(item, !full);
  const lang = useContentLanguage();
  const reach = (event: FocusEvent<HTMLTableRowElement>) => {
    const target = event.target;
    const field = target.getAttribute('data-field');
    const cell = target.closest('[data-grid-cell]');
    flushSync(() => setReached(true));
    // Focus was on a light cell's text (a script, a test), now replaced by CellText's: give it on.
    if (field && cell && !target.isConnected)
      cell.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  };
  const marks = useRowMarksHook()(path, id);
  const classes = [dragging ? 'dragging' : '', dropMark ? `drop-${dropMark}` : ''].filter(Boolean).join(' ');
  const columnLabel = (column: FieldDeclaration) =>
    column.header ? t(column.header as BoardsKey) : fieldTextOf(scope, `${path}.${column.key}`).label;
  return (
    <tr
      // biome-ignore lint/a11y/noRedundantRoles: explicit, as the narrow-screen cards change the display, which drops a table's implicit roles
      role="row"
      aria-rowindex={position + 1}
      data-item-id={id}
      data-position={position}
      className={classes || undefined}
      onDragOver={drag ? (event) => drag.over(id, event) : undefined}
      onDrop={drag ? (event) => drag.drop(id, event) : undefined}
      onFocus={full ? undefined : reach}
      // At once too: the press that follows lands on CellText, with its caret where it was pressed.
      onPointerEnter={full ? undefined : () => flushSync(() => setReached(true))}
      onKeyDown={(event) => {
        const shortcut = itemShortcut(event);
        if (!shortcut || (shortcut === 'insert-below' && !list.drag)) return;
        event.preventDefault();
        // A table inside a card: the card must not move too.
        event.stopPropagation();
        if (shortcut === 'insert-below') actions.add(position);
        else actions.step(id, shortcut === 'move-up' ? -1 : 1, label);
      }}
    >
      <WholeRowContext.Provider value={full}>
        <RowHead id={id} item={item} position={position} label={label} drag={drag} marks={marks} />
        {columns.map((column, index) => {
          const heading = columnLabel(column);
          const cellLabel = t('common.cell', { column: heading, item: label });
          return (
            <td
              key={column.key}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of an ARIA grid (use-grid.ts)
              role="gridcell"
              aria-colindex={index + 2}
              tabIndex={-1}
              data-grid-cell=""
              // The column's name above the control when the table shows as cards (narrow screens),
              // drawn by grid.css: two DOM nodes fewer in each of a 200-row plan's 1,400 cells.
              data-label={heading}
              className="labelled-cell"
            >
              {full || !isTextColumn(column) ? (
                <FieldView
                  owner={item}
                  itemId={id}
                  field={column}
                  path={`${path}.${column.key}`}
                  cellLabel={cellLabel}
                  itemLabel={label}
                  flagged={marks?.flagged.includes(column.key)}
                />
              ) : (
                lightCell(
                  item,
                  id,
                  column,
                  cellLabel,
                  lang,
                  marks?.flagged.includes(column.key) ?? false,
                  scope.readOnly,
                )
              )}
            </td>
          );
        })}
        <td
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of an ARIA grid (use-grid.ts)
          role="gridcell"
          aria-colindex={columns.length + 2}
          tabIndex={-1}
          data-grid-cell=""
          className="tools-cell"
        >
          {full ? (
            <ItemTools
              id={id}
              label={label}
              position={position}
              last={last}
              actions={actions}
              onInsertBelow={list.drag ? () => actions.add(position) : undefined}
              insertLabel={
                list.strings.insert ? t(list.strings.insert as BoardsKey, { item: label }) : undefined
              }
            />
          ) : null}
        </td>
      </WholeRowContext.Provider>
    </tr>
  );
});
