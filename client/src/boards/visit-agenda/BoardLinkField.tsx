import { setValue } from '@mentoring/shared/doc/fields';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import type { CustomFieldProps } from '../engine/template-context';
import { useProgrammeScope, useScope } from '../fields/board-scope';
import { useValue } from '../fields/use-y';
import { ValueSelect } from '../fields/ValueFields';

/** The linked board as a select value: '' for none. */
const parseBoard = (raw: unknown): string => (typeof raw === 'string' ? raw : '');

/** The board a session works on: one of the programme's boards, or none; with a link to open it. */
export function BoardLinkField({ owner, itemId, field, label }: CustomFieldProps) {
  const { t } = useScope();
  const programme = useProgrammeScope();
  const boardId = useValue(owner, field.key, parseBoard);
  const options = useMemo(
    () => [
      { value: '', label: t('visitAgenda.noBoard') },
      ...(programme?.boards ?? []).map((board) => ({ value: board.id, label: board.title })),
    ],
    [programme, t],
  );
  const write = useCallback(
    (value: string) => setValue(owner, field.key, value === '' ? null : value),
    [owner, field.key],
  );
  const linked = programme?.boards.find((board) => board.id === boardId);
  return (
    <>
      <ValueSelect
        owner={owner}
        itemId={itemId}
        field={field.key}
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
