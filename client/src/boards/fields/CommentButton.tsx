import { memo } from 'react';
import { useScope } from './board-scope';
import { targetOf, useCommentCounts } from './use-field-state';

/** A speech-bubble icon, decorative (the button has a text name). */
export function CommentIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M3 3h14a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H8l-4 3v-3H3a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * Opens the comments on a field, a row or an item. Shows how many threads are open; hidden for
 * people who cannot write when there is nothing to read.
 */
export const CommentButton = memo(function CommentButton({
  itemId,
  field,
  label,
  cssIcon = false,
}: {
  itemId?: string;
  field?: string;
  label: string;
  /** The icon drawn by CSS (`.css-icon`, the same shape): for the 1,200 cells of a 200-row plan. */
  cssIcon?: boolean;
}) {
  const { t, readOnly: content, commentsReadOnly: readOnly = content, openComments } = useScope();
  const { open, total } = useCommentCounts(itemId, field);
  if (readOnly && total === 0) return null;
  const name = open > 0 ? t('comments.count', { label, count: open }) : t('comments.open', { label });
  const classes = ['icon-button comment-button', open > 0 ? 'has-open' : '', cssIcon ? 'css-icon' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      aria-label={name}
      title={name}
      data-testid="comment-button"
      onClick={(event) =>
        openComments({ target: targetOf(itemId, field), label, returnFocus: event.currentTarget })
      }
    >
      {cssIcon ? null : <CommentIcon />}
      {open > 0 ? (
        <span className="count" aria-hidden="true">
          {open}
        </span>
      ) : null}
    </button>
  );
});
