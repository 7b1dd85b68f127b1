import { networkMembers } from '@mentoring/shared/doc/support-network';
import type { SupportNetworkMember } from '@mentoring/shared/schema/templates/support-network';
import { useCallback } from 'react';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { TrashList, UndoNotice } from '../fields/ListNotices';
import { useListActions } from '../fields/use-list-actions';
import { useItemsById, useListIds, useTrash } from '../fields/use-y';
import { MemberRow } from './MemberRow';

const COLUMNS = [
  'members.name',
  'members.organisation',
  'members.kind',
  'members.role',
  'members.migrantRepresentative',
];
const describe = (member: SupportNetworkMember) => member.name;

/** The members of the network: one row each, with add, move, delete and restore. */
export function MembersTable() {
  const scope = useScope();
  const { t, doc, readOnly } = scope;
  const ids = useListIds(doc, networkMembers);
  const items = useItemsById(doc, networkMembers, ids);
  const trash = useTrash(doc, networkMembers);
  const itemLabel = useCallback((position: number) => t('supportNetwork.item', { position }), [t]);
  const { actions, notice, dismiss } = useListActions(doc, networkMembers, itemLabel);
  return (
    <div className="list-block">
      <div className="table-wrap">
        <table className="board-table members-table" data-testid="members-table">
          <caption className="visually-hidden">{fieldTextOf(scope, 'members').label}</caption>
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
                <MemberRow
                  key={id}
                  id={id}
                  item={item}
                  position={index + 1}
                  last={index === ids.length - 1}
                  actions={actions}
                />
              ) : null;
            })}
          </tbody>
        </table>
      </div>
      {ids.length === 0 ? <p className="muted">{t('common.empty')}</p> : null}
      <UndoNotice notice={notice} onUndo={(n) => actions.restore(n.id, n.label)} onDismiss={dismiss} />
      {readOnly ? null : (
        <button type="button" className="button" onClick={() => actions.add()}>
          <span aria-hidden="true">+</span>
          {t('supportNetwork.add')}
        </button>
      )}
      <TrashList entries={trash} describe={describe} onRestore={actions.restore} />
    </div>
  );
}
