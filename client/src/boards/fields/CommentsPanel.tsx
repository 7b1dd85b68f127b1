import { addComment } from '@mentoring/shared/doc/comments';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { type CommentRequest, useScope } from './board-scope';
import { CommentForm } from './CommentForm';
import { CommentThread } from './CommentThread';
import { targetKey, threadsOf } from './comments-store';

/**
 * The comments on one field, row or item, beside the board: open threads, then (on request) the
 * resolved ones, and a form for a new question. Focus moves to its heading when it opens; Escape
 * or the close button closes it and returns focus to the button that opened it.
 */
export function CommentsPanel({ request, onClose }: { request: CommentRequest; onClose: () => void }) {
  const {
    t,
    doc,
    me,
    readOnly: content,
    commentsReadOnly: readOnly = content,
    comments,
    announce,
  } = useScope();
  const all = useSyncExternalStore(comments.subscribe, comments.all);
  const key = targetKey(request.target);
  const threads = useMemo(() => threadsOf(all, key), [all, key]);
  const [showResolved, setShowResolved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = threads.filter((thread) => !thread.root.resolved);
  const resolved = threads.filter((thread) => thread.root.resolved);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another target opens.
  useEffect(() => {
    heading.current?.focus();
  }, [key]);

  return (
    <aside
      className="comments-panel"
      aria-labelledby="comments-title"
      data-testid="comments-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="panel-head">
        <h2 id="comments-title" ref={heading} tabIndex={-1}>
          {t('comments.title')}
        </h2>
        <button type="button" className="icon-button" aria-label={t('comments.close')} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <p className="comments-about">{t('comments.about', { label: request.label })}</p>
      {threads.length === 0 ? <p className="muted">{t('comments.none')}</p> : null}
      <ul className="threads">
        {open.map((thread) => (
          <CommentThread key={thread.root.id} thread={thread} />
        ))}
      </ul>
      {resolved.length > 0 ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={showResolved}
          onClick={() => setShowResolved((shown) => !shown)}
        >
          {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolved.length })}
        </button>
      ) : null}
      {showResolved ? (
        <ul className="threads">
          {resolved.map((thread) => (
            <CommentThread key={thread.root.id} thread={thread} />
          ))}
        </ul>
      ) : null}
      {readOnly ? (
        <p className="muted">{t('comments.readOnly')}</p>
      ) : (
        <CommentForm
          label={t('comments.newLabel')}
          submitLabel={t('comments.post')}
          onSubmit={(text) => {
            addComment(doc, { target: request.target, author: me, text });
            announce(t('comments.posted'));
          }}
        />
      )}
    </aside>
  );
}
