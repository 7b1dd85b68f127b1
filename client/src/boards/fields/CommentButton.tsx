import { memo } from 'react';
import { useScope } from './board-scope';
import { targetOf, useCommentCounts } from './use-field-state';
import { useWholeRow } from './whole-row';

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

interface CommentButtonProps {
  itemId?: string;
  field?: string;
  label: string;
  /** The icon drawn by CSS (`.css-icon`, the same shape): for the 1,200 cells of a 200-row plan. */
  cssIcon?: boolean;
}

/**
 * Opens the comments on a field, a row or an item. Shows how many threads are open; hidden for
 * people who cannot write when there is nothing to read, and in a table row not yet whole (see
 * whole-row.ts: its counts are not even subscribed to until then).
 */
export const CommentButton = memo(function CommentButton(props: CommentButtonProps) {
  return useWholeRow() ? <CommentButtonShown {...props} /> : null;
});

function CommentButtonShown({ itemId, field, label, cssIcon = false }: CommentButtonProps) {
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
}
