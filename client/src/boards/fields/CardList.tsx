import type { Owner } from '@mentoring/shared/doc/fields';
import type { RecordSpec } from '@mentoring/shared/doc/layout';
import type { ListHandle } from '@mentoring/shared/doc/list';
import { type ComponentType, memo, useCallback } from 'react';
import type * as Y from 'yjs';
import { useScope } from './board-scope';
import { Heading } from './Heading';
import { ItemTools } from './ItemTools';
import { itemShortcut } from './item-keys';
import { TrashList, UndoNotice } from './ListNotices';
import { ProposedBy } from './ProposedBy';
import { useFieldText } from './TextFields';
import { type ListActions, useListActions } from './use-list-actions';
import { useItemsById, useListIds, useTextValue, useTrash } from './use-y';

/** What the body of one card receives. */
export interface CardBodyProps {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  readonly position: number;
  /** The card's name ("Key factor 2: Volunteering"), for labels inside it. */
  readonly label: string;
  /** The level for headings inside the card. */
  readonly level: 4 | 5;
}

export interface CardListProps<S extends RecordSpec, T extends { id: string }> {
  readonly owner: Owner | undefined;
  readonly handle: ListHandle<S, T>;
  /** Heading level of the cards (the list's own heading is the caller's). */
  readonly level: 3 | 4 | 5;
  readonly addLabel: string;
  /** "Key factor 3": must be stable (useCallback), cards are memoised. */
  readonly itemLabel: (position: number) => string;
  /** The item field shown after the card's label in its heading ('title', 'name'). */
  readonly titleField: string;
  readonly describe: (item: T) => string;
  readonly Body: ComponentType<CardBodyProps>;
  readonly testId?: string;
}

/**
 * A list of items shown as cards (key factors, practices, visits): each card with its heading, who
 * proposed it, its tools and its body; an add button; the undo notice and the deleted items.
 * Alt+Shift+Arrow keys move the card one is in.
 */
export function CardList<S extends RecordSpec, T extends { id: string }>({
  owner,
  handle,
  level,
  addLabel,
  itemLabel,
  titleField,
  describe,
  Body,
  testId,
}: CardListProps<S, T>) {
  const { t, readOnly } = useScope();
  const ids = useListIds(owner, handle);
  const items = useItemsById(owner, handle, ids);
  const trash = useTrash(owner, handle);
  const { actions, notice, dismiss } = useListActions(owner, handle, itemLabel);
  const undo = useCallback(
    (deleted: { id: string; label: string }) => actions.restore(deleted.id, deleted.label),
    [actions],
  );
  return (
    <div className="card-list" data-testid={testId}>
      {ids.length === 0 ? <p className="muted">{t('common.empty')}</p> : null}
      <ol className="cards">
        {ids.map((id, index) => {
          const item = items.get(id);
          return item ? (
            <Card
              key={id}
              id={id}
              item={item}
              position={index + 1}
              last={index === ids.length - 1}
              level={level}
              itemLabel={itemLabel}
              titleField={titleField}
              actions={actions}
              Body={Body}
            />
          ) : null;
        })}
      </ol>
      <UndoNotice notice={notice} onUndo={undo} onDismiss={dismiss} />
      {readOnly ? null : (
        <button type="button" className="button" onClick={() => actions.add()}>
          <span aria-hidden="true">+</span>
          {addLabel}
        </button>
      )}
      <TrashList entries={trash} describe={describe} onRestore={actions.restore} />
    </div>
  );
}

interface CardProps {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  readonly position: number;
  readonly last: boolean;
  readonly level: 3 | 4 | 5;
  readonly itemLabel: (position: number) => string;
  readonly titleField: string;
  readonly actions: ListActions<RecordSpec>;
  readonly Body: ComponentType<CardBodyProps>;
}

const Card = memo(function Card({
  id,
  item,
  position,
  last,
  level,
  itemLabel,
  titleField,
  actions,
  Body,
}: CardProps) {
  const { t } = useScope();
  const title = useTextValue(useFieldText(item, titleField)).trim();
  const base = itemLabel(position);
  // A title that already names the item ("Visit 1: groundwork") is not prefixed a second time.
  const label =
    !title || title.startsWith(base) ? title || base : t('common.withTitle', { item: base, title });
  const headingId = `card-${id}`;
  const inner = (level + 1) as 4 | 5;
  return (
    <li
      className="item-card"
      data-item-id={id}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        const shortcut = itemShortcut(event);
        if (shortcut === 'move-up' || shortcut === 'move-down') {
          event.preventDefault();
          event.stopPropagation();
          actions.step(id, shortcut === 'move-up' ? -1 : 1, label);
        }
      }}
    >
      <div className="item-head">
        <Heading level={level} id={headingId} className="item-title">
          {label}
        </Heading>
        <ItemTools id={id} label={label} position={position} last={last} actions={actions} />
      </div>
      <ProposedBy item={item} />
      <Body id={id} item={item} position={position} label={label} level={Math.min(inner, 5) as 4 | 5} />
    </li>
  );
});
