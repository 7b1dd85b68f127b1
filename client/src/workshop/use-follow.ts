import type { ScrollAnchor, Viewport } from '@mentoring/shared/protocol/session-events';
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from 'tldraw';
import { followTabId, readFollowMemory, writeFollowMemory } from './follow-memory';
import { readScrollAnchor, showScrollAnchor } from './scroll-anchor';
import { createThrottle } from './throttle';
import type { WorkshopSession } from './use-workshop-session';
import { viewportPageBounds } from './viewport';

/** About five camera updates a second while the facilitator pans or zooms. */
export const FOLLOW_INTERVAL_MS = 200;

const cameraOf = (editor: Editor | null): Viewport | null => {
  if (!editor) return null;
  const { x, y, z } = editor.getCamera();
  const { w, h } = editor.getViewportScreenBounds();
  return w > 0 && h > 0 ? { x, y, z, w, h } : { x, y, z };
};

/** Shows the board area the leader sees, fitted to this canvas (a projector is rarely a laptop). */
export function showViewport(editor: Editor, viewport: Viewport): void {
  const area = viewportPageBounds(viewport);
  if (area) editor.zoomToBounds(area, { force: true, immediate: true, inset: 0 });
  else editor.setCamera({ x: viewport.x, y: viewport.y, z: viewport.z }, { force: true, immediate: true });
}

/** Moves the canvas camera to the facilitator's viewport whenever it changes. */
export function useFollowCamera(editor: Editor | null, viewport: Viewport | null, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || !editor || !viewport) return;
    showViewport(editor, viewport);
  }, [editor, viewport, enabled]);
}

/**
 * Scrolls a structured board to the leader's anchor whenever it changes, and keeps it there while
 * the page's layout moves under it: the anchor's row may not be on the page yet (the document still
 * arriving), and rows above it rendering, fonts loading or the window resizing shift it after the
 * first scroll (a projector ended past the facilitator's row that way).
 */
export function useFollowScroll(scroll: ScrollAnchor | null, enabled: boolean, ready: boolean): void {
  useEffect(() => {
    if (!enabled || !ready) return;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      clearTimeout(pending);
      pending = setTimeout(() => showScrollAnchor(document, scroll), 50);
    };
    showScrollAnchor(document, scroll);
    // Sizes: the board's scrolling area and its content; rows: added, removed or re-rendered.
    const sizes = new ResizeObserver(apply);
    const watched = new Set<Element>();
    const watch = () => {
      for (const element of document.querySelectorAll('.template-main, .template-main > *')) {
        if (watched.has(element)) continue;
        watched.add(element);
        sizes.observe(element);
      }
    };
    watch();
    const rows = new MutationObserver(() => {
      watch();
      apply();
    });
    rows.observe(document.body, { childList: true, subtree: true });
    return () => {
      clearTimeout(pending);
      sizes.disconnect();
      rows.disconnect();
    };
  }, [scroll, enabled, ready]);
}

/**
 * The facilitator's side of follow-me: start, stop, bring everyone here; while this tab leads, sends
 * this board and its view (the canvas camera, or a structured board's scroll anchor), throttled, so
 * that followers see what the facilitator sees. Every tab of a facilitator sees whether follow-me is
 * on and who leads it; only the tab that started it leads.
 */
export function useFollowLeader(
  session: WorkshopSession,
  programmeId: string,
  boardId: string,
  editor: Editor | null,
) {
  const { snapshot, send } = session;
  const [tab] = useState(() => followTabId(programmeId));
  const { follow } = snapshot;
  const active = follow.active;
  const leadingNow = active && follow.leader?.tab === tab;

  useEffect(() => {
    if (!leadingNow || !snapshot.connected) return;
    const view = () => ({
      boardId,
      viewport: cameraOf(editor),
      scroll: editor ? null : readScrollAnchor(document),
    });
    void send('follow:move', view());
    const throttle = createThrottle(() => void send('follow:move', view()), FOLLOW_INTERVAL_MS);
    if (editor) {
      const stop = editor.store.listen(() => throttle.call(), { scope: 'session', source: 'user' });
      return () => {
        stop();
        throttle.cancel();
      };
    }
    // Scroll events do not bubble: listen in the capture phase for the board's scrolling area.
    const onScroll = () => throttle.call();
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      throttle.cancel();
    };
  }, [leadingNow, snapshot.connected, send, boardId, editor]);

  const start = useCallback(
    async () =>
      send('follow:start', {
        boardId,
        viewport: cameraOf(editor),
        scroll: editor ? null : readScrollAnchor(document),
        tab,
      }),
    [send, boardId, editor, tab],
  );
  const stop = useCallback(async () => send('follow:stop', {}), [send]);
  const bring = useCallback(
    () =>
      send('follow:bring', {
        boardId,
        viewport: cameraOf(editor),
        scroll: editor ? null : readScrollAnchor(document),
      }),
    [send, boardId, editor],
  );
  return { active, leading: leadingNow, leaderName: follow.leader?.name ?? null, start, stop, bring };
}

/**
 * A participant's side of follow-me: while following (or once per "bring everyone here" made while
 * this page is open), goes to the facilitator's board and view; breaking away and rejoining are
 * remembered per tab. A page opened after follow-me ended is left where it was opened.
 */
export function useFollower(
  session: WorkshopSession,
  programmeId: string,
  boardId: string,
  editor: Editor | null,
  goToBoard: (boardId: string) => void,
  ready = true,
) {
  const { follow, connected } = session.snapshot;
  const [brokeAway, setBrokeAway] = useState(() => readFollowMemory(programmeId).brokeAway);
  const following = follow.active && !brokeAway;
  // The "bring everyone here" count when this page first heard from the server: only later ones
  // are obeyed (an old one must not send a new tab elsewhere).
  const [jumped, setJumped] = useState<number | null>(null);
  useEffect(() => {
    if (connected && jumped === null) setJumped(follow.jump);
  }, [connected, jumped, follow.jump]);
  const jumpNow = connected && jumped !== null && follow.jump > jumped && follow.boardId !== null;

  useEffect(() => {
    if (!jumpNow) return;
    setJumped(follow.jump);
    if (follow.boardId && follow.boardId !== boardId) goToBoard(follow.boardId);
    else if (editor && follow.viewport) showViewport(editor, follow.viewport);
    else if (!editor) showScrollAnchor(document, follow.scroll);
  }, [jumpNow, follow, boardId, editor, goToBoard]);

  useEffect(() => {
    if (following && connected && follow.boardId && follow.boardId !== boardId) goToBoard(follow.boardId);
  }, [following, connected, follow.boardId, boardId, goToBoard]);
  const here = following && follow.boardId === boardId;
  useFollowCamera(editor, here ? follow.viewport : null, following);
  useFollowScroll(here ? follow.scroll : null, here && !editor, ready);

  // A new round of follow-me starts with everyone following again.
  useEffect(() => {
    if (connected && !follow.active && brokeAway) {
      writeFollowMemory(programmeId, { brokeAway: false });
      setBrokeAway(false);
    }
  }, [connected, follow.active, brokeAway, programmeId]);

  const setAway = useCallback(
    (away: boolean) => {
      writeFollowMemory(programmeId, { brokeAway: away });
      setBrokeAway(away);
    },
    [programmeId],
  );
  return {
    active: follow.active,
    following,
    breakAway: () => setAway(true),
    rejoin: () => setAway(false),
  };
}
