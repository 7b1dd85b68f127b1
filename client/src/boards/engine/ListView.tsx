import { type DeclaredItem, listHandleOf } from '@mentoring/shared/doc/declared';
import type { Owner } from '@mentoring/shared/doc/fields';
import type { Block, ListDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { blockKey } from '@mentoring/shared/schema/templates/walk';
import { Fragment, memo, useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { fieldTextOf, useScope } from '../fields/board-scope';
import { type CardBodyProps, CardList } from '../fields/CardList';
import { Heading } from '../fields/Heading';
import type { BoardsKey } from '../fields/use-boards-t';
import { DataTable } from './DataTable';
import { FieldView } from './FieldView';
import { ItemContext, ListContext, useListScope, useParts, useTemplate } from './template-context';

/*
 * Lists and the items in them; one module, as an item's blocks may hold lists of their own.
 */

/** The first line of an item's title field, for the deleted items. */
function describerOf(list: ListDeclaration): (item: DeclaredItem) => string {
  return (item) => {
    const title = item[list.titleField];
    return typeof title === 'string' ? (title.trim().split('\n')[0] ?? '') : '';
  };
}

/**
 * A declared list of items of `owner` (the board, or the item it is in), shown as its declaration
 * says: a table (DataTable) or cards (CardList with the item's blocks as body).
 */
export const ListView = memo(function ListView({
  owner,
  list,
  path,
  level,
  parentLabel,
}: {
  owner: Owner;
  list: ListDeclaration;
  /** The list's path from the board (`visits.agenda`). */
  path: string;
  /** Heading level of the cards. */
  level: 3 | 4 | 5;
  parentLabel?: string;
}) {
  const { t } = useScope();
  const template = useTemplate();
  const handle = useMemo(() => listHandleOf(template, path), [template, path]);
  const scope = useMemo(() => ({ list, path }), [list, path]);
  const describe = useMemo(() => describerOf(list), [list]);
  const prefix = list.nestedLabel && parentLabel ? `${parentLabel}, ` : '';
  const itemLabel = useCallback(
    (position: number) => `${prefix}${t(list.strings.item as BoardsKey, { position })}`,
    [t, list, prefix],
  );
  return (
    <ListContext.Provider value={scope}>
      {list.display === 'table' ? (
        <DataTable
          owner={owner}
          handle={handle}
          itemLabel={itemLabel}
          describe={describe}
          parentLabel={parentLabel}
          nested={parentLabel !== undefined}
        />
      ) : (
        <CardList
          owner={owner}
          handle={handle}
          level={level}
          addLabel={t(list.strings.add as BoardsKey)}
          itemLabel={itemLabel}
          titleField={list.titleField}
          describe={describe}
          Body={ItemBody}
          testId={list.testId}
        />
      )}
    </ListContext.Provider>
  );
});

interface ItemBlocksProps {
  readonly id: string;
  readonly item: Y.Map<unknown>;
  readonly blocks: readonly Block[];
  /** The path of the item's list (`practices`), which the field texts are keyed under. */
  readonly path: string;
  readonly label: string;
  readonly level: 4 | 5;
}

/** The blocks of one item, in order: fields, titled groups, its own lists, parts. */
function ItemBlocks({ id, item, blocks, path, label, level }: ItemBlocksProps) {
  const scope = useScope();
  const parts = useParts().parts ?? {};
  const fields = (list: Extract<Block, { fields: unknown }>['fields']) =>
    list.map((field) => (
      <FieldView
        key={field.key}
        owner={item}
        itemId={id}
        field={field}
        path={`${path}.${field.key}`}
        itemLabel={label}
      />
    ));
  return blocks.map((block) => {
    if ('fields' in block) {
      return block.box ? (
        <div key={blockKey(block)} className={block.box}>
          {fields(block.fields)}
        </div>
      ) : (
        <Fragment key={blockKey(block)}>{fields(block.fields)}</Fragment>
      );
    }
    if ('part' in block) {
      const Part = parts[block.part];
      return Part ? (
        <ItemContext.Provider key={blockKey(block)} value={{ id, item, path, label }}>
          <Part />
        </ItemContext.Provider>
      ) : null;
    }
    const key = 'group' in block ? block.group : block.list.key;
    const texts = fieldTextOf(scope, `${path}.${key}`);
    const headingId = `${id}-${key}`;
    return (
      <section key={blockKey(block)} className="sub-section" aria-labelledby={headingId}>
        <Heading level={level} id={headingId}>
          {texts.label}
          {'list' in block ? <span className="visually-hidden"> ({label})</span> : null}
        </Heading>
        {texts.help ? <p className="section-intro">{texts.help}</p> : null}
        {'group' in block ? (
          <ItemBlocks id={id} item={item} blocks={block.blocks} path={path} label={label} level={level} />
        ) : (
          <ListView
            owner={item}
            list={block.list}
            path={`${path}.${block.list.key}`}
            level={Math.min(level + 1, 5) as 5}
            parentLabel={label}
          />
        )}
      </section>
    );
  });
}

/** The body of a card of any declared list: its item's blocks. */
export const ItemBody = memo(function ItemBody({ id, item, label, level }: CardBodyProps) {
  const { list, path } = useListScope();
  return (
    <div className="field-stack">
      <ItemBlocks id={id} item={item} blocks={list.blocks} path={path} label={label} level={level} />
    </div>
  );
});
