import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { type TLShapeId, track, useEditor } from 'tldraw';

/** Dots per sticky of the board's revealed vote (null: nothing to show). */
export const VoteCountsContext = createContext<Record<string, number> | null>(null);

/**
 * Rendered by tldraw on the canvas, in page coordinates: a badge with the number of dots at the top
 * right corner of each sticky that received any, once the facilitator revealed the vote. `track`
 * re-renders it when a sticky moves or the camera changes.
 */
export const VoteBadges = track(function VoteBadges() {
  const editor = useEditor();
  const counts = useContext(VoteCountsContext);
  const { t } = useTranslation();
  if (!counts) return null;
  return (
    <>
      {Object.entries(counts).map(([shapeId, count]) => {
        const bounds = editor.getShapePageBounds(shapeId as TLShapeId);
        if (!bounds || count === 0) return null;
        return (
          <div
            key={shapeId}
            className="vote-badge"
            data-testid="vote-badge"
            role="img"
            aria-label={t('workshop.voteCount', { count })}
            style={{ transform: `translate(${bounds.maxX - 18}px, ${bounds.minY - 18}px)` }}
          >
            {count}
          </div>
        );
      })}
    </>
  );
});
