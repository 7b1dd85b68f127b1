import { type FocusEvent, type MouseEvent, memo, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type * as Y from 'yjs';
import { useContentLanguage } from '../../app/content-language';
import { useScope } from './board-scope';
import { CommentButton } from './CommentButton';
import { EditingTag, editorStyle } from './EditingTag';
import { domId, useEditors, useFocusReport } from './use-field-state';
import { useTextBinding } from './use-text-binding';

export interface CellTextProps {
  readonly text: Y.Text;
  readonly itemId: string;
  /** The item's field key. */
  readonly field: string;
  /** Column heading and row ("1. Actions, Action 3"): the control's accessible name. */
  readonly label: string;
  /** A textarea (default) or a one-line input. */
  readonly multiline?: boolean;
  readonly type?: 'text' | 'url';
  /** Marked by a check (an empty column of an action row). */
  readonly flagged?: boolean;
}

/** Where the caret goes when the cell turns into its editor: an index in the text, or its end. */
type Caret = number | 'end';

/** The cell being edited on this page: only one editor is mounted at a time. */
let current: { leave: () => void } | null = null;

/** The index in `element`'s text under the point (x, y), or null (no text there, or no API). */
function caretAt(element: HTMLElement, x: number, y: number): number | null {
  const doc = element.ownerDocument;
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    if (position?.offsetNode instanceof Text && position.offsetNode.parentNode === element)
      return position.offset;
  } else if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    if (range?.startContainer instanceof Text && range.startContainer.parentNode === element)
      return range.startOffset;
  }
  return null;
}

/**
 * The attributes of a cell's text before it is edited (with role `textbox` and tabIndex -1: out
 * of the Tab order like every control in a grid cell, use-grid.ts), here and in a light row's cell
 * (engine/light-cell.tsx), which must announce and style the same.
 */
export function shownTextAttributes(cell: {
  id: string;
  label: string;
  multiline: boolean;
  readOnly: boolean;
  lang: string | undefined;
  field: string;
}) {
  return {
    id: cell.id,
    'aria-label': cell.label,
    'aria-multiline': cell.multiline || undefined,
    'aria-readonly': cell.readOnly || undefined,
    className: cell.multiline ? 'cell-text' : 'cell-text one-line',
    lang: cell.lang,
    'data-field': cell.field,
  } as const;
}

/**
 * The cell's text as plain read-only DOM: one text node, written from the Y.Text as others edit it
 * (its `data`, not the element's children: the grid's mutation observer only watches children).
 * Focused (grid keys, Tab, a script) or pressed, it asks for the editor.
 */
function CellShown({
  text,
  id,
  label,
  multiline,
  readOnly,
  field,
  onEdit,
}: {
  text: Y.Text;
  id: string;
  label: string;
  multiline: boolean;
  readOnly: boolean;
  field: string;
  onEdit: (caret: Caret) => void;
}) {
  const lang = useContentLanguage();
  // The text at mount, for the first render (and a static render); then the observer keeps it.
  const [initial] = useState(() => text.toString());
  const show = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return undefined;
      const write = () => {
        const value = text.toString();
        const node = element.firstChild;
        if (node instanceof Text && node === element.lastChild) {
          if (node.data !== value) node.data = value;
        } else if (element.textContent !== value) {
          element.textContent = value;
        }
      };
      write();
      text.observe(write);
      return () => text.unobserve(write);
    },
    [text],
  );
  return (
    // biome-ignore lint/a11y/useSemanticElements: a textarea per cell is what made a 200-row plan slow; this stands for it until focused
    <div
      ref={show}
      role="textbox"
      tabIndex={-1}
      {...shownTextAttributes({ id, label, multiline, readOnly, lang, field })}
      onMouseDown={(event: MouseEvent<HTMLDivElement>) => {
        if (event.button !== 0) return;
        // The editor takes focus itself, with the caret where the person pressed.
        event.preventDefault();
        onEdit(caretAt(event.currentTarget, event.clientX, event.clientY) ?? 'end');
      }}
      onFocus={() => onEdit('end')}
    >
      {initial}
    </div>
  );
}

/**
 * The cell's editor: the same uncontrolled control and Y.Text binding as every free-text field
 * (CollabText), focused with the caret placed as asked once mounted. It stays while focus is in it
 * or nowhere (a row moved under it drops focus, keepFocus brings it back); focus elsewhere ends it.
 */
function CellEditor({
  text,
  id,
  label,
  multiline,
  type,
  readOnly,
  itemId,
  field,
  caret,
  onLeave,
}: {
  text: Y.Text;
  id: string;
  label: string;
  multiline: boolean;
  type: 'text' | 'url';
  readOnly: boolean;
  itemId: string;
  field: string;
  caret: Caret;
  onLeave: () => void;
}) {
  const bind = useTextBinding(text, readOnly);
  const focus = useFocusReport(itemId, field);
  const lang = useContentLanguage();
  // Where the editor starts, not something to follow afterwards.
  const start = useRef(caret);
  const mount = useCallback(
    (element: HTMLTextAreaElement | HTMLInputElement | null) => {
      if (!element) return undefined;
      const unbind = bind(element);
      const at = start.current;
      // A click is on a cell in view; a key or a script may need it scrolled to.
      element.focus({ preventScroll: at !== 'end' });
      const index = at === 'end' ? element.value.length : Math.min(at, element.value.length);
      element.setSelectionRange(index, index);
      return unbind;
    },
    [bind],
  );
  const onBlur = (event: FocusEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    focus.onBlur();
    const element = event.currentTarget;
    // After the focus change settles: a window losing focus keeps it on the element, and a removed
    // and re-inserted row has it nowhere for a moment.
    setTimeout(() => {
      const active = element.ownerDocument.activeElement;
      if (active !== element && active !== null && active !== element.ownerDocument.body) onLeave();
    });
  };
  const common = {
    id,
    ref: mount,
    className: 'collab-control',
    readOnly,
    lang,
    'aria-label': label,
    'data-field': field,
    onFocus: focus.onFocus,
    onBlur,
  };
  return multiline ? (
    <textarea {...common} rows={2} />
  ) : (
    <input {...common} type={type} spellCheck={type === 'text'} />
  );
}

/**
 * A free-text cell of a declared table. A 200-row plan holds 1,200 of them, and a textarea bound
 * to its Y.Text in each made the plan slow to open: a cell shows its text as plain DOM (kept
 * current from its Y.Text) and becomes the collaborative editor only when focused or clicked, the
 * caret where the person clicked (or at the end). Both are a labelled `textbox` with the same name,
 * so the grid's keys, screen readers and Tab find the same cell either way. Outline and "editing
 * now" for the others in it, and its comments button, as every field (FieldFrame's compact look).
 */
export const CellText = memo(function CellText({
  text,
  itemId,
  field,
  label,
  multiline = true,
  type = 'text',
  flagged = false,
}: CellTextProps) {
  const { readOnly } = useScope();
  const editors = useEditors(itemId, field);
  const [caret, setCaret] = useState<Caret | null>(null);
  const leave = useCallback(() => setCaret(null), []);
  const edit = useCallback(
    (at: Caret) => {
      if (current && current.leave !== leave) current.leave();
      current = { leave };
      // At once, so that a key that started the edit (the grid's typed letter) lands in the editor.
      flushSync(() => setCaret(at));
    },
    [leave],
  );
  useEffect(
    () => () => {
      if (current?.leave === leave) current = null;
    },
    [leave],
  );
  const id = domId(itemId, field);
  const classes = [
    'collab-field',
    'layout-control',
    'compact',
    // Block layout, so that the editor bounds the browser's layout while typing (boards.css).
    'cell-field',
    editors.length ? 'being-edited' : '',
    flagged ? 'flagged' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} style={editorStyle(editors)} data-field-frame={field}>
      {caret === null ? (
        <CellShown
          text={text}
          id={id}
          label={label}
          multiline={multiline}
          readOnly={readOnly}
          field={field}
          onEdit={edit}
        />
      ) : (
        <CellEditor
          text={text}
          id={id}
          label={label}
          multiline={multiline}
          type={type}
          readOnly={readOnly}
          itemId={itemId}
          field={field}
          caret={caret}
          onLeave={leave}
        />
      )}
      <CommentButton itemId={itemId} field={field} label={label} cssIcon />
      {/* Only when someone is there: a 200-row plan has 1,200 fields with nobody in them. */}
      {editors.length ? <EditingTag editors={editors} /> : null}
    </div>
  );
});
