import { readActionPlan } from '@mentoring/shared/doc/action-plan';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { useEffect, useState } from 'react';
import type { Editor, TLNoteShape } from 'tldraw';
import type * as Y from 'yjs';

/** Something that can receive dots: a sticky note of a canvas or a row of an action plan. */
export interface VoteItem {
  id: string;
  label: string;
}

/** The plain text of a tldraw rich text (a TipTap JSON tree), without importing tldraw itself. */
export function plainText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, content, type } = node as { text?: unknown; content?: unknown; type?: unknown };
  const own = typeof text === 'string' ? text : '';
  const children = Array.isArray(content) ? content.map(plainText) : [];
  return type === 'doc' ? children.join('\n') : own + children.join('');
}

// A note's label by its rich text: a record keeps the same rich text object until its text changes,
// so a board of 2,000 stickies is not read out again after every change to one of them.
const labels = new WeakMap<object, string>();
function labelOf(richText: unknown): string {
  if (typeof richText !== 'object' || richText === null) return plainText(richText).trim();
  let label = labels.get(richText);
  if (label === undefined) {
    label = plainText(richText).trim();
    labels.set(richText, label);
  }
  return label;
}

/** The sticky notes of the canvas's current page, with their text. */
export function stickiesOf(editor: Editor): VoteItem[] {
  const items: VoteItem[] = [];
  for (const id of editor.getCurrentPageShapeIds()) {
    const shape = editor.store.unsafeGetWithoutCapture(id);
    if (shape?.typeName === 'shape' && shape.type === 'note') {
      items.push({ id, label: labelOf((shape as TLNoteShape).props.richText) });
    }
  }
  return items;
}

/** Whether two lists of items say the same (same ids and labels, in the same order). */
export function sameItems(a: readonly VoteItem[], b: readonly VoteItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i]?.id && item.label === b[i]?.label);
}

/** The action plan's rows, labelled by their action. */
export function actionRowsOf(doc: Y.Doc): VoteItem[] {
  // One pass over the plan: looking rows up one by one costs the square of the row count.
  return readActionPlan(doc).rows.map((row) => ({ id: row.id, label: row.actions.trim() }));
}

/** Which board kinds votes can be opened on. */
export function canVoteOn(kind: BoardKind): boolean {
  return kind === 'canvas' || kind === 'action-plan';
}

/** The live items of a board that dots can go on. */
export function useVoteItems(kind: BoardKind, doc: Y.Doc | null, editor: Editor | null): VoteItem[] {
  const [items, setItems] = useState<VoteItem[]>([]);
  useEffect(() => {
    if (kind === 'canvas' && editor) {
      // Every frame of a drag changes the store: read the stickies once changes pause.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const read = () =>
        setItems((previous) => {
          const next = stickiesOf(editor);
          return sameItems(next, previous) ? previous : next;
        });
      read();
      const stop = editor.store.listen(
        () => {
          clearTimeout(timer);
          timer = setTimeout(read, 300);
        },
        { scope: 'document' },
      );
      return () => {
        clearTimeout(timer);
        stop();
      };
    }
    if (kind === 'action-plan' && doc) {
      // Typing changes the plan on every key: read the rows once typing pauses.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const read = () => setItems(actionRowsOf(doc));
      const later = () => {
        clearTimeout(timer);
        timer = setTimeout(read, 300);
      };
      read();
      doc.on('update', later);
      return () => {
        clearTimeout(timer);
        doc.off('update', later);
      };
    }
    setItems([]);
    return undefined;
  }, [kind, doc, editor]);
  return items;
}
