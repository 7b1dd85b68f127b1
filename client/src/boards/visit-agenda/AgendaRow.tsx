import type { RecordSpec } from '@mentoring/shared/doc/layout';
import { AGENDA_ITEM_SPEC, agendaItems } from '@mentoring/shared/doc/visit-agenda';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@mentoring/shared/schema/templates/visit-agenda';
import { memo, useCallback, useMemo } from 'react';
import { Link } from 'react-router-dom';
import type * as Y from 'yjs';
import { paths } from '../../app/paths';
import { fieldTextOf, useProgrammeScope, useScope } from '../fields/board-scope';
import { ItemTools } from '../fields/ItemTools';
import { itemShortcut } from '../fields/item-keys';
import { ProposedBy } from '../fields/ProposedBy';
import { ItemText } from '../fields/TextFields';
import type { ListActions } from '../fields/use-list-actions';
import { useValue } from '../fields/use-y';
import { parserOf, ValueDate, ValueSelect } from '../fields/ValueFields';

const parseKind = parserOf(AGENDA_ITEM_SPEC.scalars.kind.schema, 'other');
const parseDate = parserOf(AGENDA_ITEM_SPEC.scalars.date.schema, '');
const parseTime = parserOf(AGENDA_ITEM_SPEC.scalars.time.schema, '');
/** The linked board as a select value: '' for none. */
const parseBoard = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

function BoardCell({
  id,
  item,
  visit,
  label,
}: {
  id: string;
  item: Y.Map<unknown>;
  visit: Y.Map<unknown>;
  label: string;
}) {
  const scope = useScope();
  const { t } = scope;
  const programme = useProgrammeScope();
  const boardId = useValue(item, 'boardId', parseBoard);
  const options = useMemo(
    () => [
      { value: '', label: t('visitAgenda.noBoard') },
      ...(programme?.boards ?? []).map((board) => ({ value: board.id, label: board.title })),
    ],
    [programme, t],
  );
  const write = useCallback(
    (value: string) => agendaItems.set(visit, id, 'boardId', value === '' ? null : value),
    [visit, id],
  );
  const linked = programme?.boards.find((board) => board.id === boardId);
  return (
    <>
      <ValueSelect
        owner={item}
        itemId={id}
        field="boardId"
        label={label}
        compact
        options={options}
        parse={parseBoard}
        write={write}
      />
      {linked && programme ? (
        <Link to={paths.board(programme.programme.id, linked.id)} className="board-link">
          {t('visitAgenda.openBoard', { title: linked.title })}
        </Link>
      ) : null}
    </>
  );
}

/** One session of a visit: day, time, kind, title, notes and the board it works on. */
export const AgendaRow = memo(function AgendaRow({
  id,
  item,
  visit,
  position,
  last,
  actions,
  visitLabel,
}: {
  id: string;
  item: Y.Map<unknown>;
  visit: Y.Map<unknown>;
  position: number;
  last: boolean;
  actions: ListActions<RecordSpec>;
  visitLabel: string;
}) {
  const scope = useScope();
  const { t, texts } = scope;
  const label = `${visitLabel}, ${t('visitAgenda.item', { position })}`;
  const cell = (path: string) => t('common.cell', { column: fieldTextOf(scope, path).label, item: label });
  const kinds = useMemo(
    () => AGENDA_ITEM_KINDS.map((kind) => ({ value: kind, label: texts.options.agendaItemKind[kind].label })),
    [texts],
  );
  const writeKind = useCallback(
    (value: AgendaItemKind) => agendaItems.set(visit, id, 'kind', value),
    [visit, id],
  );
  const writeDate = useCallback((value: string) => agendaItems.set(visit, id, 'date', value), [visit, id]);
  const writeTime = useCallback((value: string) => agendaItems.set(visit, id, 'time', value), [visit, id]);
  return (
    <tr
      data-item-id={id}
      onKeyDown={(event) => {
        const shortcut = itemShortcut(event);
        if (shortcut === 'move-up' || shortcut === 'move-down') {
          event.preventDefault();
          event.stopPropagation();
          actions.step(id, shortcut === 'move-up' ? -1 : 1, label);
        }
      }}
    >
      <th scope="row">
        <span className="row-number">{position}</span>
        <ProposedBy item={item} />
      </th>
      <td>
        <ValueDate
          owner={item}
          itemId={id}
          field="date"
          label={cell('visits.agenda.date')}
          compact
          parse={parseDate}
          write={writeDate}
        />
      </td>
      <td>
        <ValueDate
          owner={item}
          itemId={id}
          field="time"
          inputType="time"
          label={cell('visits.agenda.time')}
          compact
          parse={parseTime}
          write={writeTime}
        />
      </td>
      <td>
        <ValueSelect
          owner={item}
          itemId={id}
          field="kind"
          label={cell('visits.agenda.kind')}
          compact
          options={kinds}
          parse={parseKind}
          write={writeKind}
        />
      </td>
      <td>
        <ItemText
          item={item}
          itemId={id}
          field="title"
          labelPath="visits.agenda.title"
          label={cell('visits.agenda.title')}
          compact
        />
      </td>
      <td>
        <ItemText
          item={item}
          itemId={id}
          field="notes"
          labelPath="visits.agenda.notes"
          label={cell('visits.agenda.notes')}
          compact
        />
      </td>
      <td>
        <BoardCell id={id} item={item} visit={visit} label={cell('visits.agenda.boardId')} />
      </td>
      <td>
        <ItemTools id={id} label={label} position={position} last={last} actions={actions} />
      </td>
    </tr>
  );
});
