import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Editor, type TLUserPreferences, Tldraw, useTldrawUser } from 'tldraw';
import 'tldraw/tldraw.css';
import { Loading } from '../app/Loading';
import type { BoardViewProps } from '../boards/board-view-props';
import { useCanvasEditorSlot } from '../workshop/canvas-editor';
import { useLatestVote } from '../workshop/use-votes';
import { CanvasInView } from './canvas-in-view';
import { exposeForTests } from './e2e-hook';
import { useLicenseKey } from './license';
import { CANVAS_SHAPE_UTILS } from './note-shape';
import { StickyDotBar } from './StickyDotBar';
import { StylePanelToggle } from './StylePanelToggle';
import { ShownShapeIndicator } from './shape-indicator';
import { tldrawAssetUrls } from './tldraw-assets';
import { tldrawLocale } from './tldraw-locale';
import { useCanvasStore } from './use-canvas-store';
import { VoteBadges, VoteCountsContext } from './VoteBadges';

// Stable: tldraw re-creates its components when this object changes. Who is here shows once, in
// the board's bar (tldraw's people menu would repeat it); the style panel opens on demand. Revealed
// counts are drawn on the canvas (they scale with it); an open vote's dot buttons in front of it.
// Only the shapes in view are mounted, and a shape's outline only while shown.
const CANVAS_COMPONENTS = {
  Canvas: CanvasInView,
  OnTheCanvas: VoteBadges,
  InFrontOfTheCanvas: StickyDotBar,
  SharePanel: null,
  StylePanel: StylePanelToggle,
  ShapeIndicator: ShownShapeIndicator,
};

/**
 * The free canvas: tldraw 3.15 on the board's Y.Doc. tldraw's own undo history records only the
 * user's changes (everything from the doc arrives as remote), so undo never takes back someone
 * else's work. Observers get a read-only canvas that still updates live.
 */
export default function CanvasBoard({ board, connection, readOnly, user }: BoardViewProps) {
  const { t, i18n } = useTranslation();
  const license = useLicenseKey();
  const store = useCanvasStore(connection, readOnly, user);
  const vote = useLatestVote(connection.doc, user.memberId);
  const revealedCounts = vote?.vote.status === 'revealed' ? vote.counts : null;
  const [preferences, setPreferences] = useState<Omit<TLUserPreferences, 'id' | 'name' | 'color' | 'locale'>>(
    {
      colorScheme: 'light',
    },
  );
  // Stable callback: useTldrawUser makes a new user (and tldraw a new editor) when it changes.
  const keepPreferences = useCallback(
    ({ id: _id, name: _name, color: _color, locale: _locale, ...rest }: TLUserPreferences) =>
      setPreferences(rest),
    [],
  );
  const tlUser = useTldrawUser({
    userPreferences: {
      ...preferences,
      id: user.memberId,
      name: user.name,
      color: user.color,
      locale: tldrawLocale(i18n.language),
    },
    setUserPreferences: keepPreferences,
  });
  // Hands the editor to the board's bar (image export) and the workshop tools.
  const shareEditor = useCanvasEditorSlot()?.setEditor;
  const onMount = useCallback(
    (editor: Editor) => {
      const unexpose = exposeForTests(editor);
      shareEditor?.(editor);
      return () => {
        unexpose();
        shareEditor?.(null);
      };
    },
    [shareEditor],
  );

  if (!license.ready || !store) return <Loading label={t('board.opening')} />;
  return (
    <section
      className="canvas-host"
      aria-label={t('board.canvasLabel', { title: board.title })}
      data-testid="canvas"
      data-readonly={readOnly}
    >
      <VoteCountsContext.Provider value={revealedCounts}>
        <Tldraw
          store={store}
          shapeUtils={CANVAS_SHAPE_UTILS}
          user={tlUser}
          licenseKey={license.key}
          assetUrls={tldrawAssetUrls}
          components={CANVAS_COMPONENTS}
          onMount={onMount}
          autoFocus
        />
      </VoteCountsContext.Provider>
    </section>
  );
}
