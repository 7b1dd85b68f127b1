import type { RecordSpec } from '@mentoring/shared/doc/layout';
import { networkMembers, SUPPORT_NETWORK_MEMBER_SPEC } from '@mentoring/shared/doc/support-network';
import { STAKEHOLDER_KINDS, type StakeholderKind } from '@mentoring/shared/schema/templates/support-network';
import { memo, useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { ItemTools } from '../fields/ItemTools';
import { itemShortcut } from '../fields/item-keys';
import { ProposedBy } from '../fields/ProposedBy';
import { ItemText } from '../fields/TextFields';
import type { ListActions } from '../fields/use-list-actions';
import { parserOf, ValueCheckbox, ValueSelect } from '../fields/ValueFields';

const parseKind = parserOf(SUPPORT_NETWORK_MEMBER_SPEC.scalars.kind.schema, 'other');
const parseFlag = parserOf(SUPPORT_NETWORK_MEMBER_SPEC.scalars.migrantRepresentative.schema, false);

/** One member of the local support network, as a table row. */
export const MemberRow = memo(function MemberRow({
  id,
  item,
  position,
  last,
  actions,
}: {
  id: string;
  item: Y.Map<unknown>;
  position: number;
  last: boolean;
  actions: ListActions<RecordSpec>;
}) {
  const scope = useScope();
  const { t, texts, doc } = scope;
  const label = t('supportNetwork.item', { position });
  const cell = (path: string) => t('common.cell', { column: fieldTextOf(scope, path).label, item: label });
  const options = useMemo(
    () =>
      STAKEHOLDER_KINDS.map((kind) => ({ value: kind, label: texts.options.stakeholderKind[kind].label })),
    [texts],
  );
  const writeKind = useCallback(
    (kind: StakeholderKind) => networkMembers.set(doc, id, 'kind', kind),
    [doc, id],
  );
  const writeFlag = useCallback(
    (flag: boolean) => networkMembers.set(doc, id, 'migrantRepresentative', flag),
    [doc, id],
  );
  return (
    <tr
      data-item-id={id}
      onKeyDown={(event) => {
        const shortcut = itemShortcut(event);
        if (shortcut === 'move-up' || shortcut === 'move-down') {
          event.preventDefault();
          actions.step(id, shortcut === 'move-up' ? -1 : 1, label);
        }
      }}
    >
      <th scope="row">
        <span className="row-number">{position}</span>
        <ProposedBy item={item} />
      </th>
      <td>
        <ItemText
          item={item}
          itemId={id}
          field="name"
          labelPath="members.name"
          label={cell('members.name')}
          compact
          multiline={false}
        />
      </td>
      <td>
        <ItemText
          item={item}
          itemId={id}
          field="organisation"
          labelPath="members.organisation"
          label={cell('members.organisation')}
          compact
          multiline={false}
        />
      </td>
      <td>
        <ValueSelect
          owner={item}
          itemId={id}
          field="kind"
          label={cell('members.kind')}
          compact
          options={options}
          parse={parseKind}
          write={writeKind}
        />
      </td>
      <td>
        <ItemText
          item={item}
          itemId={id}
          field="role"
          labelPath="members.role"
          label={cell('members.role')}
          compact
        />
      </td>
      <td>
        <ValueCheckbox
          owner={item}
          itemId={id}
          field="migrantRepresentative"
          label={cell('members.migrantRepresentative')}
          compact
          parse={parseFlag}
          write={writeFlag}
        />
      </td>
      <td>
        <ItemTools id={id} label={label} position={position} last={last} actions={actions} />
      </td>
    </tr>
  );
});
