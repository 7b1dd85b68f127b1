import { formatDate } from '@mentoring/shared/i18n/format';
import { type Comment, CommentSchema } from '@mentoring/shared/schema/templates/comments';
import { z } from 'zod';
import { labelOf, type ValueContext } from './outline-values.js';
import { EXPORT_STRINGS } from './strings.js';

/** The text blocks an outline gives a board's comments: one per thread, replies below it. */
export type CommentBlock =
  | { readonly type: 'heading'; readonly level: number; readonly text: string }
  | {
      readonly type: 'text';
      readonly text: string;
    };

type Json = Readonly<Record<string, unknown>>;

/** Where a comment points, in words: "Actions 3 · Success measure", or the board as a whole. */
function placeOf(context: ValueContext, schema: z.ZodObject, content: Json, comment: Comment): string {
  const { itemId, field } = comment.target;
  const strings = EXPORT_STRINGS[context.language];
  if (!itemId) return field ? labelOf(context, field) : strings.wholeBoard;
  for (const [list, child] of Object.entries(schema.shape)) {
    if (!(child instanceof z.ZodArray)) continue;
    const items = Array.isArray(content[list]) ? (content[list] as Json[]) : [];
    const index = items.findIndex((item) => item?.id === itemId);
    if (index === -1) continue;
    const item = `${labelOf(context, list)} ${index + 1}`;
    return field ? `${item} · ${labelOf(context, `${list}.${field}`)}` : item;
  }
  return strings.removedItem;
}

/** Comments, oldest thread first; stored values that do not parse are left out. */
export function commentBlocks(
  context: ValueContext,
  schema: z.ZodObject,
  content: Json,
  level: number,
): CommentBlock[] {
  const parsed = z.array(z.unknown()).catch([]).parse(content.comments);
  const comments = parsed.flatMap((raw) => {
    const result = CommentSchema.safeParse(raw);
    return result.success ? [result.data] : [];
  });
  if (comments.length === 0) return [];
  const strings = EXPORT_STRINGS[context.language];
  const date = (iso: string) => formatDate(context.language, iso, 'medium');
  const line = (comment: Comment) => `${comment.author.name} (${date(comment.createdAt)}): ${comment.text}`;
  const blocks: CommentBlock[] = [{ type: 'heading', level, text: strings.comments }];
  const byId = new Set(comments.map((comment) => comment.id));
  // A reply whose thread start is gone is shown as a thread of its own.
  const starts = comments.filter((comment) => !comment.replyTo || !byId.has(comment.replyTo));
  for (const start of starts) {
    const status = start.resolved ? ` (${strings.resolved})` : '';
    const replies = comments.filter((comment) => comment.replyTo === start.id);
    const lines = [`${placeOf(context, schema, content, start)}${status}`, line(start)];
    for (const reply of replies) lines.push(`↳ ${line(reply)}`);
    blocks.push({ type: 'text', text: lines.join('\n') });
  }
  return blocks;
}
