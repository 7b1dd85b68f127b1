import { agendaItems } from '@mentoring/shared/doc/visit-agenda';
import type { AgendaItem } from '@mentoring/shared/schema/templates/visit-agenda';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { TrashList, UndoNotice } from '../fields/ListNotices';
import { useListActions } from '../fields/use-list-actions';
import { useItemsById, useListIds, useTrash } from '../fields/use-y';
import { AgendaRow } from './AgendaRow';

const COLUMNS = [
  'visits.agenda.date',
  'visits.agenda.time',
  'visits.agenda.kind',
  'visits.agenda.title',
  'visits.agenda.notes',
  'visits.agenda.boardId',
];
const describe = (item: AgendaItem) => item.title;

/** The programme of one visit: its sessions in order, with add, move, delete and restore. */
export function AgendaTable({ visit, visitLabel }: { visit: Y.Map<unknown>; visitLabel: string }) {
  const scope = useScope();
  const { t, readOnly } = scope;
  const ids = useListIds(visit, agendaItems);
  const items = useItemsById(visit, agendaItems, ids);
  const trash = useTrash(visit, agendaItems);
  const itemLabel = useCallback(
    (position: number) => `${visitLabel}, ${t('visitAgenda.item', { position })}`,
    [t, visitLabel],
  );
  const { actions, notice, dismiss } = useListActions(visit, agendaItems, itemLabel);
  return (
    <div className="list-block">
      <div className="table-wrap">
        <table className="board-table agenda-table">
          <caption>{t('visitAgenda.agenda', { visit: visitLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actionPlan.number')}</th>
              {COLUMNS.map((path) => (
                <th key={path} scope="col">
                  {fieldTextOf(scope, path).label}
                </th>
              ))}
              <th scope="col">{t('common.tools')}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, index) => {
              const item = items.get(id);
              return item ? (
                <AgendaRow
                  key={id}
                  id={id}
                  item={item}
                  visit={visit}
                  position={index + 1}
                  last={index === ids.length - 1}
                  actions={actions}
                  visitLabel={visitLabel}
                />
              ) : null;
            })}
          </tbody>
        </table>
      </div>
      <UndoNotice notice={notice} onUndo={(n) => actions.restore(n.id, n.label)} onDismiss={dismiss} />
      {readOnly ? null : (
        <button type="button" className="button small" onClick={() => actions.add()}>
          <span aria-hidden="true">+</span>
          {t('visitAgenda.addItem')}
        </button>
      )}
      <TrashList entries={trash} describe={describe} onRestore={actions.restore} />
    </div>
  );
}
