import { addComment, deleteComment, reopenComment, resolveComment } from '@mentoring/shared/doc/comments';
import { formatDateTime } from '@mentoring/shared/i18n/format';
import type { Comment } from '@mentoring/shared/schema/templates/comments';
import { useState } from 'react';
import { useScope } from './board-scope';
import { CommentForm } from './CommentForm';
import type { Thread } from './comments-store';

function CommentBody({ comment, answerToDeleted = false }: { comment: Comment; answerToDeleted?: boolean }) {
  const { t, language, doc, me, readOnly: content, commentsReadOnly: readOnly = content } = useScope();
  const when = formatDateTime(language, comment.createdAt);
  const author = comment.author.organisation
    ? t('comments.author', { name: comment.author.name, organisation: comment.author.organisation })
    : comment.author.name;
  return (
    <div className="comment" data-testid="comment">
      <p className="comment-meta">
        <strong>{author}</strong> · <time dateTime={comment.createdAt}>{when}</time>
        {answerToDeleted ? <span className="muted"> · {t('comments.answerToDeleted')}</span> : null}
      </p>
      <p className="comment-text">{comment.text}</p>
      {!readOnly && comment.author.memberId === me.memberId ? (
        <button type="button" className="link-button" onClick={() => deleteComment(doc, comment.id)}>
          {t('comments.remove')}
        </button>
      ) : null}
    </div>
  );
}

/** A question (or note) and its answers, with answer and resolve. */
export function CommentThread({ thread }: { thread: Thread }) {
  const { t, doc, me, readOnly: content, commentsReadOnly: readOnly = content, announce } = useScope();
  const [answering, setAnswering] = useState(false);
  const { root, replies } = thread;
  return (
    <li className={root.resolved ? 'thread resolved' : 'thread'}>
      <CommentBody comment={root} answerToDeleted={Boolean(root.replyTo)} />
      {replies.length > 0 ? (
        <ul className="replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <CommentBody comment={reply} />
            </li>
          ))}
        </ul>
      ) : null}
      {root.resolved ? (
        <p className="muted">{t('comments.resolvedBy', { name: root.resolved.by.name })}</p>
      ) : null}
      {readOnly ? null : (
        <div className="actions">
          {answering ? null : (
            <button type="button" className="button small" onClick={() => setAnswering(true)}>
              {t('comments.reply')}
            </button>
          )}
          <button
            type="button"
            className="button small"
            onClick={() => (root.resolved ? reopenComment(doc, root.id) : resolveComment(doc, root.id, me))}
          >
            {root.resolved ? t('comments.reopen') : t('comments.resolve')}
          </button>
        </div>
      )}
      {answering && !readOnly ? (
        <CommentForm
          autoFocus
          label={t('comments.replyLabel', { name: root.author.name })}
          submitLabel={t('comments.reply')}
          onSubmit={(text) => {
            addComment(doc, { target: root.target, author: me, text, replyTo: root.id });
            setAnswering(false);
            announce(t('comments.posted'));
          }}
        />
      ) : null}
    </li>
  );
}
