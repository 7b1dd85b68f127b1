import { useCallback, useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { applyLocalEdit, diffAt, type KeptSelection, keepSelection, restoreSelection } from './text-binding';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/**
 * Binds an uncontrolled `<textarea>` or `<input>` to a Y.Text: each local edit becomes the smallest
 * Y.Text change (placed at the caret), and remote edits are written into the control at once, with
 * the caret and selection carried along as Yjs relative positions. React never re-renders the
 * control for a keystroke: only this field listens to its Y.Text.
 *
 * Returns a ref callback; it is stable for one Y.Text.
 */
export function useTextBinding(text: Y.Text, readOnly: boolean): (element: TextControl | null) => () => void {
  const readOnlyRef = useRef(readOnly);
  useEffect(() => {
    readOnlyRef.current = readOnly;
  }, [readOnly]);

  return useCallback(
    (element: TextControl | null) => {
      if (!element) return () => undefined;
      return bind(element, text, () => readOnlyRef.current);
    },
    [text],
  );
}

function bind(element: TextControl, text: Y.Text, isReadOnly: () => boolean): () => void {
  const origin = { binding: element };
  // What the control showed before the pending local edit: the Y.Text's content, since remote
  // edits are written into the control as soon as they arrive (except during IME composition).
  let shown = text.toString();
  element.value = shown;
  let kept: KeptSelection | null = null;
  let composing: KeptSelection | null = null;
  let staleWhileComposing = false;

  const remember = () => {
    if (element.ownerDocument.activeElement !== element) return;
    const start = element.selectionStart ?? 0;
    const end = element.selectionEnd ?? start;
    kept = keepSelection(text, start, end, element.selectionDirection === 'backward');
  };

  const showRemote = () => {
    const value = text.toString();
    if (value === element.value) {
      shown = value;
      return;
    }
    const focused = element.ownerDocument.activeElement === element;
    const selection = focused && kept ? restoreSelection(text, kept) : null;
    element.value = value;
    shown = value;
    if (selection) {
      element.setSelectionRange(selection.start, selection.end, selection.backward ? 'backward' : 'forward');
    }
  };

  const onInput = () => {
    if (composing) return;
    if (isReadOnly()) {
      element.value = shown;
      return;
    }
    const next = element.value;
    applyLocalEdit(text, shown, next, element.selectionEnd ?? next.length, origin);
    shown = text.toString();
    if (shown !== next) showRemote();
    remember();
  };

  const onCompositionStart = () => {
    const start = element.selectionStart ?? 0;
    composing = keepSelection(text, start, element.selectionEnd ?? start);
    staleWhileComposing = false;
  };

  const onCompositionEnd = () => {
    const anchor = composing;
    composing = null;
    if (!anchor || !staleWhileComposing || isReadOnly()) {
      onInput();
      return;
    }
    // Someone edited this field while the IME was composing: insert the composed text where the
    // composition started, as it is now, instead of diffing against a stale value.
    const change = diffAt(shown, element.value, element.selectionEnd ?? element.value.length);
    const place = restoreSelection(text, anchor);
    if (change && place) {
      text.doc?.transact(() => {
        if (place.end > place.start) text.delete(place.start, place.end - place.start);
        if (change.insert) text.insert(place.start, change.insert);
      }, origin);
      kept = keepSelection(text, place.start + change.insert.length, place.start + change.insert.length);
    }
    showRemote();
  };

  const observer = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    if (composing) {
      staleWhileComposing = true;
      return;
    }
    showRemote();
  };

  // `selectionchange` reaches the control itself in current Chromium; the others cover the rest.
  const selectionEvents = ['selectionchange', 'select', 'keyup', 'mouseup', 'focus'] as const;
  element.addEventListener('input', onInput);
  element.addEventListener('compositionstart', onCompositionStart);
  element.addEventListener('compositionend', onCompositionEnd);
  for (const name of selectionEvents) element.addEventListener(name, remember);
  text.observe(observer);
  return () => {
    element.removeEventListener('input', onInput);
    element.removeEventListener('compositionstart', onCompositionStart);
    element.removeEventListener('compositionend', onCompositionEnd);
    for (const name of selectionEvents) element.removeEventListener(name, remember);
    text.unobserve(observer);
  };
}
