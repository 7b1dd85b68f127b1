import { getText } from '@mentoring/shared/doc/fields';
import type { FieldDeclaration } from '@mentoring/shared/schema/templates/declaration';
import { useLayoutEffect, useReducer } from 'react';
import type * as Y from 'yjs';
import { shownTextAttributes } from '../fields/CellText';
import { domId } from '../fields/use-field-state';

/** The columns a row not yet whole shows as plain text (the others wait for the whole row). */
export function isTextColumn(column: FieldDeclaration): boolean {
  return !column.hidden && (column.widget === 'text' || column.widget === 'line' || column.widget === 'url');
}

/**
 * A text cell of a row not yet whole (see whole-rows.ts): what CellText shows before it is focused
 * (the same classes, role, name and text), as plain elements of the row rather than four
 * components with their hooks and observers per cell. The row turns whole before anyone can focus
 * or click it (DataRow), and CellText takes its place.
 */
export function lightCell(
  item: Y.Map<unknown>,
  itemId: string,
  column: FieldDeclaration,
  label: string,
  lang: string | undefined,
  flagged: boolean,
  readOnly: boolean,
) {
  return (
    <div
      className={
        flagged ? 'collab-field layout-control compact flagged' : 'collab-field layout-control compact'
      }
    >
      {/* biome-ignore lint/a11y/useSemanticElements: stands for CellText's text, itself standing for a textarea */}
      <div
        role="textbox"
        tabIndex={-1}
        {...shownTextAttributes({
          id: domId(itemId, column.key),
          label,
          multiline: column.widget === 'text',
          readOnly,
          lang,
          field: column.key,
        })}
      >
        {getText(item, column.key)?.toString() ?? ''}
      </div>
    </div>
  );
}

/**
 * Re-renders a row not yet whole when anything in it changes (someone else typing in it), with one
 * observer for the row instead of one per cell. Subscribed in the commit itself, so no change can
 * slip in between the first render and the subscription.
 */
export function useLightRow(item: Y.Map<unknown>, light: boolean): void {
  const [, changed] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    if (!light) return undefined;
    const observer = () => changed();
    item.observeDeep(observer);
    return () => item.unobserveDeep(observer);
  }, [item, light]);
}
