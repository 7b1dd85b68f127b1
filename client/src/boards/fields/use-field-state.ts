import type { CommentTarget } from '@mentoring/shared/schema/templates/comments';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useScope } from './board-scope';
import { targetKey } from './comments-store';
import { clearFocus, type Editor, setFocus } from './presence-store';

/** The target of a board field (`itemId` absent) or of an item's field (`field` absent: the whole item). */
export function targetOf(itemId: string | undefined, field: string | undefined): CommentTarget {
  return { ...(itemId ? { itemId } : {}), ...(field ? { field } : {}) };
}

/** An id for the DOM element of a field, unique on the page. */
export function domId(itemId: string | undefined, field: string | undefined, suffix = ''): string {
  const base = `f-${itemId ?? 'board'}-${(field ?? 'item').replaceAll('.', '-')}`;
  return suffix ? `${base}-${suffix}` : base;
}

/** The others in this field right now; re-renders only when that changes. */
export function useEditors(itemId: string | undefined, field: string | undefined): readonly Editor[] {
  const { presence } = useScope();
  const key = targetKey(targetOf(itemId, field));
  const read = useCallback(() => presence.editors(key), [presence, key]);
  // The same reading for a server render (a static render of a board, as in the engine's tests).
  return useSyncExternalStore(presence.subscribe, read, read);
}

/** How many threads on this target are open, and how many there are. */
export function useCommentCounts(
  itemId: string | undefined,
  field: string | undefined,
): { open: number; total: number } {
  const { comments } = useScope();
  const key = targetKey(targetOf(itemId, field));
  const readOpen = useCallback(() => comments.openCount(key), [comments, key]);
  const readTotal = useCallback(() => comments.threadCount(key), [comments, key]);
  const open = useSyncExternalStore(comments.subscribe, readOpen, readOpen);
  const total = useSyncExternalStore(comments.subscribe, readTotal, readTotal);
  return { open, total };
}

/** Focus and blur handlers that tell the others which field this member is in. */
export function useFocusReport(
  itemId: string | undefined,
  field: string | undefined,
): { onFocus: () => void; onBlur: () => void } {
  const { awareness } = useScope();
  const target = useMemo(() => targetOf(itemId, field), [itemId, field]);
  useEffect(() => () => clearFocus(awareness, target), [awareness, target]);
  return useMemo(
    () => ({
      onFocus: () => setFocus(awareness, target),
      onBlur: () => clearFocus(awareness, target),
    }),
    [awareness, target],
  );
}
