import type { DeclaredItem } from '@mentoring/shared/doc/declared';
import type { Owner } from '@mentoring/shared/doc/fields';
import type { RecordSpec } from '@mentoring/shared/doc/layout';
import type { ListHandle } from '@mentoring/shared/doc/list';
import { columnsOf } from '@mentoring/shared/schema/templates/walk';
import { memo, useCallback, useMemo } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { TrashList, UndoNotice } from '../fields/ListNotices';
import type { BoardsKey } from '../fields/use-boards-t';
import { useListActions } from '../fields/use-list-actions';
import { useItemsById, useListIds, useTrash } from '../fields/use-y';
import { DataRow } from './DataRow';
import { useListScope } from './template-context';
import { useRowDrag } from './use-row-drag';

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
  const name = list.testId ?? `${path.replaceAll('.', '-')}-table`;
  const helpId = list.strings.help ? `${name}-help` : undefined;
  const { strings } = list;
  return (
    <div className="list-block">
      {helpId ? (
        <p id={helpId} className="hint no-print">
          {t(strings.help as BoardsKey)}
        </p>
      ) : null}
      <section
        className="table-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard, even while the table is empty (WCAG 2.1.1, axe scrollable-region-focusable)
        tabIndex={0}
        aria-labelledby={`${name}-caption`}
      >
        <table
          className={['board-table', list.className].filter(Boolean).join(' ')}
          aria-describedby={helpId}
          data-testid={list.testId}
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
              <col key={column.key} className={column.widget === 'custom' ? 'col-links' : 'col-text'} />
            ))}
            <col className="col-tools" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('actionPlan.number')}</th>
              {columns.map((column) => {
                const texts = fieldTextOf(scope, `${path}.${column.key}`);
                return (
                  <th key={column.key} scope="col" title={texts.help || undefined}>
                    {column.header ? t(column.header as BoardsKey) : texts.label}
                  </th>
                );
              })}
              <th scope="col" className="no-print">
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
