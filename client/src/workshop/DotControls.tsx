import { useTranslation } from 'react-i18next';

export interface DotControlsProps {
  /** The item's name for screen readers (a row's or a sticky's text). */
  label: string;
  /** My dots on this item. */
  placed: number;
  /** My dots not yet placed anywhere. */
  left: number;
  /** The dot button takes one back (all my dots are placed and one is here). */
  takeBack: boolean;
  /** The dot button can be pressed (a dot left to place, or one here to take back). */
  enabled: boolean;
  busy: boolean;
  /** Places (remove false) or takes back (remove true) one of my dots on this item. */
  cast: (remove: boolean) => void;
}

/**
 * One item's dot voting controls, the same on a row and on a canvas sticky: the dot button (add one
 * of my dots; with Shift, or once all are placed, take one back), my count beside it, and a "−" to
 * take one back early.
 */
export function DotControls({ label, placed, left, takeBack, enabled, busy, cast }: DotControlsProps) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className={placed > 0 ? 'row-vote-dot placed' : 'row-vote-dot'}
        aria-label={
          takeBack
            ? t('workshop.voteRemove', { item: label })
            : t('room.dotAdd', { item: label, count: left })
        }
        disabled={busy || !enabled}
        onClick={(event) => cast(takeBack || (event.shiftKey && placed > 0))}
      >
        <span aria-hidden="true">{takeBack ? '−' : '+'}</span>
      </button>
      {/* My count beside the button, not in it: a button's visible text must be in its name. */}
      {placed > 0 ? (
        <span className="sticky-dot-count">
          <span aria-hidden="true">{placed}</span>
          <span className="visually-hidden">{t('workshop.voteMine', { count: placed })}</span>
        </span>
      ) : null}
      {placed > 0 && !takeBack ? (
        <button
          type="button"
          className="row-vote-undo"
          aria-label={t('workshop.voteRemove', { item: label })}
          disabled={busy}
          onClick={() => cast(true)}
        >
          <span aria-hidden="true">−</span>
        </button>
      ) : null}
    </>
  );
}
