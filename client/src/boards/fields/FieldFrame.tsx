import type { ReactNode } from 'react';
import { CommentButton } from './CommentButton';
import { EditingTag, editorStyle } from './EditingTag';
import { domId, useEditors } from './use-field-state';

export interface FieldFrameProps {
  readonly itemId?: string;
  readonly field: string;
  readonly label: string;
  readonly help?: string;
  /** In a table cell: label for screen readers only, no help line, comments button after the control. */
  readonly compact?: boolean;
  readonly flagged?: boolean;
  /** `control`: label above; `checkbox`: control then label on one line. */
  readonly layout?: 'control' | 'checkbox';
  /** The control, given its id and the id of its help text. */
  readonly children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
}

/**
 * What surrounds every field of a structured board: its label and help, its comments button, and
 * the coloured outline and "editing now" line when someone else is in it (from awareness).
 */
export function FieldFrame({
  itemId,
  field,
  label,
  help,
  compact = false,
  flagged = false,
  layout = 'control',
  children,
}: FieldFrameProps) {
  const editors = useEditors(itemId, field);
  const id = domId(itemId, field);
  const helpId = help && !compact ? `${id}-help` : undefined;
  const classes = [
    'collab-field',
    `layout-${layout}`,
    compact ? 'compact' : '',
    editors.length ? 'being-edited' : '',
    flagged ? 'flagged' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const labelElement = (
    <label htmlFor={id} className={compact ? 'visually-hidden' : 'collab-label'}>
      {label}
    </label>
  );
  const comments = <CommentButton itemId={itemId} field={field} label={label} />;
  return (
    <div className={classes} style={editorStyle(editors)} data-field-frame={field}>
      {layout === 'checkbox' ? (
        <div className="collab-label-row">
          {children({ id, describedBy: helpId })}
          {labelElement}
          {comments}
        </div>
      ) : (
        <>
          <div className="collab-label-row">
            {labelElement}
            {compact ? null : comments}
          </div>
          {helpId ? (
            <p id={helpId} className="hint">
              {help}
            </p>
          ) : null}
          {children({ id, describedBy: helpId })}
          {compact ? comments : null}
        </>
      )}
      {layout === 'checkbox' && helpId ? (
        <p id={helpId} className="hint">
          {help}
        </p>
      ) : null}
      {/* Only when someone is there: a 200-row plan has 1,200 fields with nobody in them. */}
      {editors.length ? <EditingTag editors={editors} /> : null}
    </div>
  );
}
