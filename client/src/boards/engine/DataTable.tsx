import type { DeclaredItem } from '@mentoring/shared/doc/declared';
import type { Owner } from '@mentoring/shared/doc/fields';
import type { RecordSpec } from '@mentoring/shared/doc/layout';
import type { ListHandle } from '@mentoring/shared/doc/list';
import { columnsOf } from '@mentoring/shared/schema/templates/walk';
import { memo, useCallback, useMemo, useRef } from 'react';
import { useParams } from 'react-router-dom';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { TrashList, UndoNotice } from '../fields/ListNotices';
import type { BoardsKey } from '../fields/use-boards-t';
import { useListActions } from '../fields/use-list-actions';
import { useItemsById, useListIds, useTrash } from '../fields/use-y';
import { ColumnResizer } from './ColumnResizer';
import { useColumnWidths } from './column-widths';
import { DataRow } from './DataRow';
import './grid.css';
import { useListScope } from './template-context';
import { useGrid } from './use-grid';
import { useRowDrag } from './use-row-drag';
import { useWholeRows } from './whole-rows';

export interface DataTableProps {
  readonly owner: Owner;
  readonly handle: ListHandle<RecordSpec, DeclaredItem>;
  readonly itemLabel: (position: number) => string;
  readonly describe: (item: DeclaredItem) => string;
  /** The label of the item the list is in, for the caption ("Visit 1"). */
  readonly parentLabel?: string;
  /** Inside a card: a smaller add button. */
  readonly nested: boolean;
}

/** Alt+C on a cell: the comments on its field, or on the row from its number or tools. */
function openCellComments(cell: HTMLElement) {
  const own = cell.querySelector<HTMLElement>('[data-testid="comment-button"]');
  const row = cell.closest('tr')?.querySelector<HTMLElement>('.item-tools [data-testid="comment-button"]');
  (own ?? row)?.click();
}

/**
 * Any declared list shown as a table: a column per declared field, a row per item (see DataRow),
 * add, move (buttons, keys and, where declared, drag), delete with undo, restore. Re-renders when
 * rows are added, moved or deleted (and a row when its marks or drop mark change); never for typing.
 */
export const DataTable = memo(function DataTable({
  owner,
  handle,
  itemLabel,
  describe,
  parentLabel,
  nested,
}: DataTableProps) {
  const scope = useScope();
  const { t, readOnly } = scope;
  const { list, path } = useListScope();
  const columns = useMemo(() => columnsOf(list), [list]);
  const ids = useListIds(owner, handle);
  const items = useItemsById(owner, handle, ids);
  const trash = useTrash(owner, handle);
  const { actions, notice, dismiss } = useListActions(owner, handle, itemLabel);
  const moveTo = useCallback(
    (id: string, index: number) => actions.moveTo(id, index, itemLabel(ids.indexOf(id) + 1)),
    [actions, itemLabel, ids],
  );
  const { drag, dragging, mark } = useRowDrag(ids, moveTo);
  const whole = useWholeRows(ids.length);
  const name = list.testId ?? `${path.replaceAll('.', '-')}-table`;
  const helpId = list.strings.help ? `${name}-help` : undefined;
  const { strings } = list;
  const tableRef = useRef<HTMLTableElement>(null);
  const grid = useGrid(tableRef, openCellComments);
  // Widths are kept per board (its id in the address) and table, on this device.
  const { boardId = scope.kind } = useParams();
  const { widths, setWidth } = useColumnWidths(`${boardId}:${name}`);
  return (
    <div className="list-block">
      {helpId ? (
        <p id={helpId} className="hint no-print">
          {t(strings.help as BoardsKey)}
        </p>
      ) : null}
      {/* The grid's one Tab stop (a cell, a header cell while empty) makes the scrolling region
          reachable by keyboard (axe scrollable-region-focusable) without a Tab stop of its own. */}
      <section className="table-wrap" aria-labelledby={`${name}-caption`}>
        <table
          ref={tableRef}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid, its keys in use-grid.ts
          role="grid"
          aria-rowcount={ids.length + 1}
          aria-colcount={columns.length + 2}
          aria-readonly={readOnly || undefined}
          className={['board-table', list.className].filter(Boolean).join(' ')}
          aria-describedby={helpId ? `${helpId} ${name}-keys` : `${name}-keys`}
          data-testid={list.testId}
          onKeyDown={grid.onKeyDown}
          onFocus={grid.onFocus}
        >
          {strings.caption ? (
            <caption id={`${name}-caption`}>
              {t(strings.caption as BoardsKey, {
                count: ids.length,
                visit: parentLabel ?? '',
                parent: parentLabel ?? '',
              })}
            </caption>
          ) : (
            <caption id={`${name}-caption`} className="visually-hidden">
              {fieldTextOf(scope, path).label}
            </caption>
          )}
          {/* Fixed column widths: typing in a cell never makes the browser re-measure the whole table. */}
          <colgroup>
            <col className="col-number" />
            {columns.map((column) => (
              <col
                key={column.key}
                className={column.widget === 'custom' ? 'col-links' : 'col-text'}
                style={widths[column.key] ? { width: widths[column.key] } : undefined}
              />
            ))}
            <col className="col-tools" />
          </colgroup>
          <thead>
            <tr
              // biome-ignore lint/a11y/noRedundantRoles: explicit, as the narrow-screen cards change the display, which drops a table's implicit roles
              role="row"
              aria-rowindex={1}
            >
              <th
                scope="col"
                // biome-ignore lint/a11y/noRedundantRoles: explicit, as the narrow-screen cards change the display, which drops a table's implicit roles
                role="columnheader"
                aria-colindex={1}
                tabIndex={-1}
                data-grid-cell=""
                className="row-head"
              >
                {t('actionPlan.number')}
              </th>
              {columns.map((column, index) => {
                const texts = fieldTextOf(scope, `${path}.${column.key}`);
                const heading = column.header ? t(column.header as BoardsKey) : texts.label;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    // biome-ignore lint/a11y/noRedundantRoles: explicit, as the narrow-screen cards change the display, which drops a table's implicit roles
                    role="columnheader"
                    aria-colindex={index + 2}
                    tabIndex={-1}
                    data-grid-cell=""
                    className="resizable"
                    // Named by its heading alone, not also by the resizer's label inside it.
                    aria-label={heading}
                    title={texts.help || undefined}
                  >
                    {heading}
                    <ColumnResizer
                      label={t('grid.columnWidth', { column: heading })}
                      kept={widths[column.key]}
                      onResize={(width) => setWidth(column.key, width)}
                    />
                  </th>
                );
              })}
              <th
                scope="col"
                // biome-ignore lint/a11y/noRedundantRoles: explicit, as the narrow-screen cards change the display, which drops a table's implicit roles
                role="columnheader"
                aria-colindex={columns.length + 2}
                tabIndex={-1}
                data-grid-cell=""
                className="no-print"
              >
                {t('common.tools')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, index) => {
              const item = items.get(id);
              return item ? (
                <DataRow
                  key={id}
                  id={id}
                  item={item}
                  position={index + 1}
                  last={index === ids.length - 1}
                  whole={index < whole}
                  label={itemLabel(index + 1)}
                  columns={columns}
                  actions={actions}
                  drag={list.drag ? drag : null}
                  dragging={dragging === id}
                  dropMark={mark?.overId === id && dragging !== id ? (mark.after ? 'after' : 'before') : null}
                />
              ) : null;
            })}
          </tbody>
        </table>
      </section>
      <p id={`${name}-keys`} className="visually-hidden">
        {t('grid.keys')}
      </p>
      {ids.length === 0 ? <p className="muted">{t((strings.empty ?? 'common.empty') as BoardsKey)}</p> : null}
      <UndoNotice notice={notice} onUndo={(n) => actions.restore(n.id, n.label)} onDismiss={dismiss} />
      {readOnly ? null : (
        <button
          type="button"
          className={nested ? 'button small no-print' : 'button no-print'}
          data-testid="add-row"
          onClick={() => actions.add()}
        >
          <span aria-hidden="true">+</span>
          {t(strings.add as BoardsKey)}
        </button>
      )}
      <TrashList entries={trash} describe={describe} onRestore={actions.restore} />
    </div>
  );
});
