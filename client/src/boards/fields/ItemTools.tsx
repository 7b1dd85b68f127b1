import type { RecordSpec } from '@mentoring/shared/doc/layout';
import { memo } from 'react';
import { useScope } from './board-scope';
import { CommentButton } from './CommentButton';
import type { ListActions } from './use-list-actions';

export interface ItemToolsProps {
  readonly id: string;
  /** The item's name in labels ("Action 3", "Key factor 2: Volunteering"). */
  readonly label: string;
  readonly position: number;
  /** The last item: nothing below to move past. */
  readonly last: boolean;
  readonly actions: ListActions<RecordSpec>;
  /** Shows "insert below" (the action plan's rows). */
  readonly onInsertBelow?: () => void;
  readonly insertLabel?: string;
}

/**
 * The buttons of one item: comments on the whole item, move up and down, insert below, delete. At
 * either end the move buttons stay focusable (aria-disabled) so focus is not lost after a move.
 */
export const ItemTools = memo(function ItemTools({
  id,
  label,
  position,
  last,
  actions,
  onInsertBelow,
  insertLabel,
}: ItemToolsProps) {
  const { t, readOnly } = useScope();
  const first = position <= 1;
  return (
    <div className="item-tools">
      <CommentButton itemId={id} label={label} />
      {readOnly ? null : (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.moveUp', { item: label })}
            title={t('common.moveUp', { item: label })}
            aria-disabled={first}
            data-testid="move-up"
            onClick={() => (first ? undefined : actions.step(id, -1, label))}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.moveDown', { item: label })}
            title={t('common.moveDown', { item: label })}
            aria-disabled={last}
            data-testid="move-down"
            onClick={() => (last ? undefined : actions.step(id, 1, label))}
          >
            <span aria-hidden="true">↓</span>
          </button>
          {onInsertBelow && insertLabel ? (
            <button
              type="button"
              className="icon-button"
              aria-label={insertLabel}
              title={insertLabel}
              data-testid="insert-below"
              onClick={onInsertBelow}
            >
              <span aria-hidden="true">+</span>
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button danger"
            aria-label={t('common.remove', { item: label })}
            title={t('common.remove', { item: label })}
            data-testid="delete-item"
            onClick={() => actions.remove(id, label)}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </>
      )}
    </div>
  );
});
