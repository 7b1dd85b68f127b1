import { memo } from 'react';
import type * as Y from 'yjs';
import { useContentLanguage } from '../../app/content-language';
import { useScope } from './board-scope';
import { FieldFrame } from './FieldFrame';
import { useFocusReport } from './use-field-state';
import { useTextBinding } from './use-text-binding';

export interface CollabTextProps {
  readonly text: Y.Text;
  /** The item the field belongs to; absent for a board's own field. */
  readonly itemId?: string;
  /** The field's key (a board field's dotted path, or the item's field key). */
  readonly field: string;
  readonly label: string;
  readonly help?: string;
  /** A textarea (default) or a one-line input. */
  readonly multiline?: boolean;
  readonly type?: 'text' | 'url';
  /** Marked by a check (an empty column of an action row). */
  readonly flagged?: boolean;
  readonly rows?: number;
}

/**
 * A free-text field edited by several people at once (a table's cells are CellText): bound to its Y.Text character by character,
 * outlined in the colour of whoever else is in it, with its comments button. Re-renders only when
 * its editors or the board scope change, never on typing.
 */
export const CollabText = memo(function CollabText({
  text,
  itemId,
  field,
  label,
  help,
  multiline = true,
  type = 'text',
  flagged = false,
  rows = 3,
}: CollabTextProps) {
  const { readOnly } = useScope();
  const bind = useTextBinding(text, readOnly);
  const focus = useFocusReport(itemId, field);
  const lang = useContentLanguage();
  return (
    <FieldFrame itemId={itemId} field={field} label={label} help={help} flagged={flagged}>
      {({ id, describedBy }) => {
        const common = {
          id,
          ref: bind,
          className: 'collab-control',
          readOnly,
          lang,
          'aria-describedby': describedBy,
          'data-field': field,
          onFocus: focus.onFocus,
          onBlur: focus.onBlur,
        };
        return multiline ? (
          <textarea {...common} rows={rows} />
        ) : (
          <input {...common} type={type} spellCheck={type === 'text'} />
        );
      }}
    </FieldFrame>
  );
});
