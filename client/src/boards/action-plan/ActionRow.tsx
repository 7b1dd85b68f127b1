import type { RecordSpec } from '@mentoring/shared/doc/layout';
import { ACTION_PLAN_COLUMNS } from '@mentoring/shared/schema/templates/action-plan';
import { memo } from 'react';
import type * as Y from 'yjs';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { ItemTools } from '../fields/ItemTools';
import { itemShortcut } from '../fields/item-keys';
import { ProposedBy } from '../fields/ProposedBy';
import { ItemText } from '../fields/TextFields';
import type { ListActions } from '../fields/use-list-actions';
import type { RowIssues } from './plan-checks';
import { RowLinks } from './RowLinks';
import type { RowDrag } from './use-row-drag';

export interface ActionRowProps {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  readonly position: number;
  readonly last: boolean;
  readonly issues: RowIssues | undefined;
  readonly actions: ListActions<RecordSpec>;
  readonly drag: RowDrag;
  readonly dragging: boolean;
  readonly dropMark: 'before' | 'after' | null;
}

/** Short column names for the row's issue line ("1. Actions" → "Actions"). */
function shortLabel(label: string): string {
  return label.replace(/^\d+\.\s*/, '');
}

function RowHeader({
  id,
  item,
  position,
  issues,
  label,
  drag,
}: Pick<ActionRowProps, 'id' | 'item' | 'position' | 'issues' | 'drag'> & { label: string }) {
  const scope = useScope();
  const { t, readOnly, texts } = scope;
  const problems = issues
    ? [
        ...(issues.empty.length
          ? [
              t('actionPlan.emptyColumns', {
                columns: issues.empty
                  .map((c) => shortLabel(fieldTextOf(scope, `rows.${c}`).label))
                  .join(', '),
              }),
            ]
          : []),
        ...(issues.notMeasurable ? [`${texts.checks['not-measurable'].label}.`] : []),
      ]
    : [];
  return (
    <th scope="row" className="row-head">
      <div className="row-head-line">
        {readOnly ? null : (
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
      {problems.length > 0 ? (
        <p className="row-issues" data-testid="row-issues">
          <span aria-hidden="true">⚠ </span>
          {t('actionPlan.rowIssues', { issues: problems.join(' ') })}
        </p>
      ) : null}
    </th>
  );
}

/**
 * One action: its number, drag handle, proposer and check result; the six columns of annex 6; its
 * links to needs and key factors; its tools. Memoised: typing in a cell re-renders nothing here.
 */
export const ActionRow = memo(function ActionRow(props: ActionRowProps) {
  const scope = useScope();
  const { t } = scope;
  const { id, item, position, last, actions, drag, dragging, dropMark } = props;
  // A row with all six columns empty is new: the check panel counts it, the row itself is not
  // flagged (no warning text or marks appearing under the pointer while rows are being added).
  const issues =
    props.issues && props.issues.empty.length < ACTION_PLAN_COLUMNS.length ? props.issues : undefined;
  const label = t('actionPlan.item', { position });
  const classes = [dragging ? 'dragging' : '', dropMark ? `drop-${dropMark}` : ''].filter(Boolean).join(' ');
  return (
    <tr
      data-item-id={id}
      data-position={position}
      className={classes || undefined}
      onDragOver={(event) => drag.over(id, event)}
      onDrop={(event) => drag.drop(id, event)}
      onKeyDown={(event) => {
        const shortcut = itemShortcut(event);
        if (!shortcut) return;
        event.preventDefault();
        if (shortcut === 'insert-below') actions.add(position);
        else actions.step(id, shortcut === 'move-up' ? -1 : 1, label);
      }}
    >
      <RowHeader id={id} item={item} position={position} issues={issues} label={label} drag={drag} />
      {ACTION_PLAN_COLUMNS.map((column) => (
        <td key={column}>
          <ItemText
            item={item}
            itemId={id}
            field={column}
            labelPath={`rows.${column}`}
            label={t('common.cell', { column: fieldTextOf(scope, `rows.${column}`).label, item: label })}
            compact
            flagged={issues?.empty.includes(column) || (column === 'successMeasure' && issues?.notMeasurable)}
          />
        </td>
      ))}
      <td>
        <RowLinks id={id} item={item} label={label} />
      </td>
      <td>
        <ItemTools
          id={id}
          label={label}
          position={position}
          last={last}
          actions={actions}
          onInsertBelow={() => actions.add(position)}
          insertLabel={t('actionPlan.insertBelow', { item: label })}
        />
      </td>
    </tr>
  );
});
