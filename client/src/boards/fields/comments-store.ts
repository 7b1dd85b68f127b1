import { readComments } from '@mentoring/shared/doc/comments';
import { RootName } from '@mentoring/shared/doc/fields';
import type { Comment, CommentTarget } from '@mentoring/shared/schema/templates/comments';
import type * as Y from 'yjs';

/** One key per comment target: `itemId|field`, both possibly empty (the board as a whole). */
export function targetKey(target: CommentTarget): string {
  return `${target.itemId ?? ''}|${target.field ?? ''}`;
}

/** A comment with the answers to it, oldest first. */
export interface Thread {
  readonly root: Comment;
  readonly replies: readonly Comment[];
}

/**
 * Groups the comments on one target into threads: top-level comments with their answers (answers
 * to answers are flattened into the same thread, as the panel shows one level). An answer whose
 * question was deleted becomes a thread of its own.
 */
export function threadsOf(comments: readonly Comment[], key: string): Thread[] {
  const onTarget = comments.filter((comment) => targetKey(comment.target) === key);
  const byId = new Map(onTarget.map((comment) => [comment.id, comment]));
  const rootOf = (comment: Comment): Comment => {
    let current = comment;
    const seen = new Set<string>();
    while (current.replyTo && byId.has(current.replyTo) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.replyTo) ?? current;
    }
    return current;
  };
  const threads = new Map<string, Comment[]>();
  for (const comment of onTarget) {
    const root = rootOf(comment);
    if (root.id === comment.id) threads.set(root.id, threads.get(root.id) ?? []);
    else threads.set(root.id, [...(threads.get(root.id) ?? []), comment]);
  }
  return [...threads.entries()].flatMap(([id, replies]) => {
    const root = byId.get(id);
    return root ? [{ root, replies }] : [];
  });
}

/** The comments of a board, read once per change and shared by every field's comment button. */
export interface CommentsStore {
  subscribe(listener: () => void): () => void;
  all(): readonly Comment[];
  /** Threads on a target that nobody resolved yet. */
  openCount(key: string): number;
  /** Every thread on a target, resolved or not. */
  threadCount(key: string): number;
  destroy(): void;
}

/** Follows the board's `comments` array. */
export function createCommentsStore(doc: Y.Doc): CommentsStore {
  const list = doc.getArray<unknown>(RootName.comments);
  const listeners = new Set<() => void>();
  let comments: readonly Comment[] = [];
  let open = new Map<string, number>();
  let total = new Map<string, number>();
  const compute = () => {
    comments = readComments(doc);
    const ids = new Set(comments.map((comment) => comment.id));
    open = new Map();
    total = new Map();
    for (const comment of comments) {
      const isRoot = !comment.replyTo || !ids.has(comment.replyTo);
      if (!isRoot) continue;
      const key = targetKey(comment.target);
      total.set(key, (total.get(key) ?? 0) + 1);
      if (!comment.resolved) open.set(key, (open.get(key) ?? 0) + 1);
    }
  };
  compute();
  const onChange = () => {
    compute();
    for (const listener of listeners) listener();
  };
  list.observeDeep(onChange);
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    all: () => comments,
    openCount: (key) => open.get(key) ?? 0,
    threadCount: (key) => total.get(key) ?? 0,
    destroy: () => {
      list.unobserveDeep(onChange);
      listeners.clear();
    },
  };
}
