import { actionRows } from '@mentoring/shared/doc/action-plan';
import { ACTION_PLAN_COLUMNS, type ActionRow as Row } from '@mentoring/shared/schema/templates/action-plan';
import { memo, useCallback } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { TrashList, UndoNotice } from '../fields/ListNotices';
import { useListActions } from '../fields/use-list-actions';
import { useItemsById, useListIds, useTrash } from '../fields/use-y';
import { ActionRow } from './ActionRow';
import type { RowIssues } from './plan-checks';
import { useRowDrag } from './use-row-drag';

const describe = (row: Row) => row.actions.trim().split('\n')[0] ?? '';

/**
 * The six-column table of annex 6. Re-renders when rows are added, moved or deleted (and a row
 * when its check result or drop mark changes); never for typing.
 */
export const RowsTable = memo(function RowsTable({
  issues,
}: {
  issues: ReadonlyMap<string, RowIssues> | null;
}) {
  const scope = useScope();
  const { t, doc, readOnly } = scope;
  const ids = useListIds(doc, actionRows);
  const items = useItemsById(doc, actionRows, ids);
  const trash = useTrash(doc, actionRows);
  const itemLabel = useCallback((position: number) => t('actionPlan.item', { position }), [t]);
  const { actions, notice, dismiss } = useListActions(doc, actionRows, itemLabel);
  const moveTo = useCallback(
    (id: string, index: number) => actions.moveTo(id, index, itemLabel(ids.indexOf(id) + 1)),
    [actions, itemLabel, ids],
  );
  const { drag, dragging, mark } = useRowDrag(ids, moveTo);
  return (
    <div className="list-block">
      <p id="action-table-help" className="hint no-print">
        {t('actionPlan.tableHelp')}
      </p>
      <div className="table-wrap">
        <table
          className="board-table action-table"
          aria-describedby="action-table-help"
          data-testid="action-table"
        >
          <caption>{t('actionPlan.caption', { count: ids.length })}</caption>
          {/* Fixed column widths: typing in a cell never makes the browser re-measure the whole table. */}
          <colgroup>
            <col className="col-number" />
            {ACTION_PLAN_COLUMNS.map((column) => (
              <col key={column} className="col-text" />
            ))}
            <col className="col-links" />
            <col className="col-tools" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('actionPlan.number')}</th>
              {ACTION_PLAN_COLUMNS.map((column) => {
                const texts = fieldTextOf(scope, `rows.${column}`);
                return (
                  <th key={column} scope="col" title={texts.help}>
                    {texts.label}
                  </th>
                );
              })}
              <th scope="col">{t('actionPlan.links')}</th>
              <th scope="col" className="no-print">
                {t('common.tools')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, index) => {
              const item = items.get(id);
              return item ? (
                <ActionRow
                  key={id}
                  id={id}
                  item={item}
                  position={index + 1}
                  last={index === ids.length - 1}
                  issues={issues?.get(id)}
                  actions={actions}
                  drag={drag}
                  dragging={dragging === id}
                  dropMark={mark?.overId === id && dragging !== id ? (mark.after ? 'after' : 'before') : null}
                />
              ) : null;
            })}
          </tbody>
        </table>
      </div>
      {ids.length === 0 ? <p className="muted">{t('actionPlan.empty')}</p> : null}
      <UndoNotice notice={notice} onUndo={(n) => actions.restore(n.id, n.label)} onDismiss={dismiss} />
      {readOnly ? null : (
        <button type="button" className="button no-print" data-testid="add-row" onClick={() => actions.add()}>
          <span aria-hidden="true">+</span>
          {t('actionPlan.add')}
        </button>
      )}
      <TrashList entries={trash} describe={describe} onRestore={actions.restore} />
    </div>
  );
});
