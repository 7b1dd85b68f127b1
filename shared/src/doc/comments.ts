import * as Y from 'yjs';
import { type Comment, CommentSchema, type CommentTarget } from '../schema/templates/comments.js';
import type { PersonRef } from '../schema/templates/common.js';
import { RootName } from './fields.js';
import { cryptoRandom, newId, type Random } from './random.js';

/**
 * Comments of a board: the root Y.Array `comments`, one Y.Map of plain values per comment. A
 * comment has one author, so its text is a plain string (last writer wins on an edit), not a Y.Text.
 * Comments whose row was deleted stay (the row can be restored); the UI shows them with the row.
 */

function commentList(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(RootName.comments);
}

function findComment(doc: Y.Doc, id: string): { map: Y.Map<unknown>; index: number } | undefined {
  let found: { map: Y.Map<unknown>; index: number } | undefined;
  commentList(doc).forEach((map, index) => {
    if (!found && map instanceof Y.Map && map.get('id') === id) found = { map, index };
  });
  return found;
}

/** What {@link addComment} takes. */
export interface NewComment {
  readonly target: CommentTarget;
  readonly author: PersonRef;
  readonly text: string;
  readonly replyTo?: string;
  readonly createdAt?: string;
  readonly random?: Random;
}

/** Adds a comment or a reply and returns its id. */
export function addComment(doc: Y.Doc, comment: NewComment): string {
  const id = newId(comment.random ?? cryptoRandom);
  const value = CommentSchema.parse({
    id,
    target: comment.target,
    author: comment.author,
    text: comment.text,
    createdAt: comment.createdAt ?? new Date().toISOString(),
    replyTo: comment.replyTo,
  });
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    commentList(doc).push([map]);
    for (const [key, entry] of Object.entries(value)) if (entry !== undefined) map.set(key, entry);
  });
  return id;
}

function update(doc: Y.Doc, id: string, change: (map: Y.Map<unknown>) => void): boolean {
  const found = findComment(doc, id);
  if (!found) return false;
  doc.transact(() => change(found.map));
  return true;
}

/** Replaces a comment's text (its author's correction). */
export function editComment(doc: Y.Doc, id: string, text: string, at = new Date().toISOString()): boolean {
  return update(doc, id, (map) => {
    map.set('text', text);
    map.set('editedAt', at);
  });
}

/** Marks a comment (thread) as settled. */
export function resolveComment(
  doc: Y.Doc,
  id: string,
  by: PersonRef,
  at = new Date().toISOString(),
): boolean {
  return update(doc, id, (map) => map.set('resolved', { by, at }));
}

/** Opens a settled comment again. */
export function reopenComment(doc: Y.Doc, id: string): boolean {
  return update(doc, id, (map) => map.delete('resolved'));
}

/** Deletes one comment; its replies stay and show as answers to a deleted comment. */
export function deleteComment(doc: Y.Doc, id: string): boolean {
  const found = findComment(doc, id);
  if (!found) return false;
  doc.transact(() => commentList(doc).delete(found.index, 1));
  return true;
}

/** Every well-formed comment, in the order they were added (malformed ones are skipped). */
export function readComments(doc: Y.Doc): Comment[] {
  const comments: Comment[] = [];
  const seen = new Set<string>();
  commentList(doc).forEach((map) => {
    if (!(map instanceof Y.Map)) return;
    const parsed = CommentSchema.safeParse(map.toJSON());
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      comments.push(parsed.data);
    }
  });
  return comments;
}

/** The comments about one target (pure; works on any board's JSON form). */
export function commentsOn(comments: readonly Comment[], target: CommentTarget): Comment[] {
  return comments.filter(
    (comment) => comment.target.itemId === target.itemId && comment.target.field === target.field,
  );
}
