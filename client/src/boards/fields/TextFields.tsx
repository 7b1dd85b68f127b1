import { ensureText, getText, type Owner } from '@mentoring/shared/doc/fields';
import { memo, useMemo } from 'react';
import * as Y from 'yjs';
import { fieldTextOf, useScope } from './board-scope';
import { CellText } from './CellText';
import { CollabText } from './CollabText';

/**
 * The Y.Text of an owner's field. A read-only member never creates one (that would be a write the
 * server refuses): a field missing from an old item shows empty instead.
 */
export function useFieldText(owner: Owner, field: string): Y.Text {
  const { readOnly } = useScope();
  return useMemo(() => {
    const existing = getText(owner, field);
    if (existing) return existing;
    return readOnly ? new Y.Text() : ensureText(owner, field);
  }, [owner, field, readOnly]);
}

/** A board's own free-text field by its path (`challenge`, `localContext.population`), labelled from the template texts. */
export const BoardText = memo(function BoardText({
  path,
  multiline = true,
  rows,
}: {
  path: string;
  multiline?: boolean;
  rows?: number;
}) {
  const scope = useScope();
  const text = useFieldText(scope.doc, path);
  const { label, help } = fieldTextOf(scope, path);
  return <CollabText text={text} field={path} label={label} help={help} multiline={multiline} rows={rows} />;
});

/**
 * A field of a list item. `labelPath` is the field's path in the template texts (`keyFactors.rationale`);
 * `field` its key in the item (`rationale`).
 */
export const ItemText = memo(function ItemText({
  item,
  itemId,
  field,
  labelPath,
  multiline = true,
  compact = false,
  label,
  type,
  flagged,
  rows,
}: {
  item: Y.Map<unknown>;
  itemId: string;
  field: string;
  labelPath: string;
  multiline?: boolean;
  compact?: boolean;
  /** Overrides the template label (a table cell names its row too). */
  label?: string;
  type?: 'text' | 'url';
  flagged?: boolean;
  rows?: number;
}) {
  const scope = useScope();
  const text = useFieldText(item, field);
  const texts = fieldTextOf(scope, labelPath);
  // A table cell: light text until focused (a 200-row plan holds 1,200 of them).
  if (compact) {
    return (
      <CellText
        text={text}
        itemId={itemId}
        field={field}
        label={label ?? texts.label}
        multiline={multiline}
        type={type}
        flagged={flagged}
      />
    );
  }
  return (
    <CollabText
      text={text}
      itemId={itemId}
      field={field}
      label={label ?? texts.label}
      help={texts.help}
      multiline={multiline}
      type={type}
      flagged={flagged}
      rows={rows}
    />
  );
});
