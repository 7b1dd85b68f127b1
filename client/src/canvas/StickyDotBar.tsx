import { useTranslation } from 'react-i18next';
import { type TLNoteShape, track, useEditor } from 'tldraw';
import { DotControls } from '../workshop/DotControls';
import { CommandFailure } from '../workshop/use-command';
import { useStickyVote } from './StickyVoteProvider';
import { dotBarPlace, stickyDotState } from './sticky-dots';

/**
 * Rendered by tldraw in front of the canvas while a vote is open: on each sticky in view, a dot
 * button (add one of my dots; once all are placed, take one back from this sticky), the count of
 * my dots on it, and a "−" to take one back early. Screen-sized, so it stays usable at any zoom;
 * `track` moves it with the sticky and the camera. Pointer presses stop here, so a click on a dot
 * never starts a drag or a selection on the canvas.
 */
export const StickyDotBar = track(function StickyDotBar() {
  const editor = useEditor();
  const vote = useStickyVote();
  const { t } = useTranslation();
  if (!vote) return null;
  const zoom = editor.getZoomLevel();
  const viewport = editor.getViewportScreenBounds();
  const notes = editor
    .getCurrentPageShapes()
    .filter((shape): shape is TLNoteShape => shape.type === 'note')
    .filter((shape) => !vote.itemIds || vote.itemIds.has(shape.id));
  return (
    <div className="sticky-dots">
      {notes.map((shape) => {
        const bounds = editor.getShapePageBounds(shape.id);
        if (!bounds) return null;
        const corner = editor.pageToViewport({ x: bounds.minX, y: bounds.minY });
        const place = dotBarPlace(
          { x: corner.x, y: corner.y, w: bounds.w * zoom, h: bounds.h * zoom },
          { w: viewport.w, h: viewport.h },
        );
        if (!place) return null;
        const label = vote.labelOf(shape.id) || t('workshop.untitledItem');
        const { placed, left, takeBack, enabled } = stickyDotState(shape.id, vote.mine, vote.dotsPerPerson);
        return (
          <div
            key={shape.id}
            className="sticky-dot-bar row-vote"
            data-testid="sticky-dot-bar"
            data-item-id={shape.id}
            data-placed={placed}
            style={{ transform: `translate(${place.x}px, ${place.y}px)` }}
            onPointerDown={(event) => event.stopPropagation()}
          >
            <DotControls
              label={label}
              placed={placed}
              left={left}
              takeBack={takeBack}
              enabled={enabled}
              busy={vote.busy}
              cast={(remove) => void vote.cast(shape.id, remove)}
            />
          </div>
        );
      })}
      {vote.failure ? <CommandFailure failure={vote.failure} /> : null}
    </div>
  );
});
