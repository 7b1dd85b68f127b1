import type { CommentTarget } from '@mentoring/shared/schema/templates/comments';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import { targetKey } from './comments-store';

/** Someone else working on this board, as their awareness state says. */
const EditorSchema = z.object({
  memberId: z.string().min(1).max(64),
  name: z.string().min(1).max(80),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type Editor = z.infer<typeof EditorSchema>;

/** The awareness field naming the field a client is in: `{ field, itemId }` (as a comment target). */
const FocusSchema = z.object({
  field: z.string().min(1).max(200).optional(),
  itemId: z.string().min(1).max(64).optional(),
});

/** Publishes which field this client is in (null: none). */
export function setFocus(awareness: Awareness, target: CommentTarget | null): void {
  awareness.setLocalStateField('focus', target ? { field: target.field, itemId: target.itemId } : null);
}

/** Clears this client's focus if it is still on `target` (a blur after focusing another field is late). */
export function clearFocus(awareness: Awareness, target: CommentTarget): void {
  const parsed = FocusSchema.safeParse(awareness.getLocalState()?.focus);
  if (parsed.success && targetKey(parsed.data) === targetKey(target)) setFocus(awareness, null);
}

/** Who else is in which field, shared by every field of the board. */
export interface PresenceStore {
  subscribe(listener: () => void): () => void;
  /** The others in the field `key` (see `targetKey`), one entry per member; stable between changes. */
  editors(key: string): readonly Editor[];
  destroy(): void;
}

const NOBODY: readonly Editor[] = [];

/** Follows the awareness states of the board's clients. */
export function createPresenceStore(awareness: Awareness): PresenceStore {
  const listeners = new Set<() => void>();
  let byKey = new Map<string, readonly Editor[]>();
  const compute = (): boolean => {
    const next = new Map<string, Editor[]>();
    const seen = new Set<string>();
    const myMember = EditorSchema.safeParse(awareness.getLocalState()?.user);
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const user = EditorSchema.safeParse((state as { user?: unknown }).user);
      const focus = FocusSchema.safeParse((state as { focus?: unknown }).focus);
      if (!user.success || !focus.success || (!focus.data.field && !focus.data.itemId)) continue;
      if (myMember.success && myMember.data.memberId === user.data.memberId) continue;
      const key = targetKey(focus.data);
      if (seen.has(`${key}#${user.data.memberId}`)) continue;
      seen.add(`${key}#${user.data.memberId}`);
      next.set(key, [...(next.get(key) ?? []), user.data]);
    }
    let changed = next.size !== byKey.size;
    const merged = new Map<string, readonly Editor[]>();
    for (const [key, editors] of next) {
      const previous = byKey.get(key);
      const same =
        previous?.length === editors.length &&
        previous.every((editor, index) => JSON.stringify(editor) === JSON.stringify(editors[index]));
      if (!same) changed = true;
      merged.set(key, same && previous ? previous : editors);
    }
    byKey = merged;
    return changed;
  };
  compute();
  const onChange = () => {
    if (compute()) for (const listener of listeners) listener();
  };
  awareness.on('change', onChange);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    editors: (key) => byKey.get(key) ?? NOBODY,
    destroy: () => {
      awareness.off('change', onChange);
      listeners.clear();
    },
  };
}
