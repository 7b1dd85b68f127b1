import type { Viewport } from '@mentoring/shared/protocol/session-events';
import { useCallback, useEffect, useState } from 'react';
import type { Editor } from 'tldraw';
import { readFollowMemory, writeFollowMemory } from './follow-memory';
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
 * The facilitator's side of follow-me: start, stop, bring everyone here; while leading, sends this
 * board and (on a canvas) the camera, throttled, so that followers see what the facilitator sees.
 */
export function useFollowLeader(
  session: WorkshopSession,
  programmeId: string,
  boardId: string,
  editor: Editor | null,
) {
  const { snapshot, send } = session;
  const [leading, setLeading] = useState(() => readFollowMemory(programmeId).leading);
  const active = snapshot.follow.active;
  const leadingNow = leading && active;

  useEffect(() => {
    if (!leadingNow || !snapshot.connected) return;
    void send('follow:move', { boardId, viewport: cameraOf(editor) });
    if (!editor) return;
    const throttle = createThrottle(
      () => void send('follow:move', { boardId, viewport: cameraOf(editor) }),
      FOLLOW_INTERVAL_MS,
    );
    const stop = editor.store.listen(() => throttle.call(), { scope: 'session', source: 'user' });
    return () => {
      stop();
      throttle.cancel();
    };
  }, [leadingNow, snapshot.connected, send, boardId, editor]);

  const start = useCallback(async () => {
    writeFollowMemory(programmeId, { leading: true });
    setLeading(true);
    return send('follow:start', { boardId, viewport: cameraOf(editor) });
  }, [programmeId, send, boardId, editor]);
  const stop = useCallback(async () => {
    writeFollowMemory(programmeId, { leading: false });
    setLeading(false);
    return send('follow:stop', {});
  }, [programmeId, send]);
  const bring = useCallback(
    () => send('follow:bring', { boardId, viewport: cameraOf(editor) }),
    [send, boardId, editor],
  );
  return { active, leading: leadingNow, start, stop, bring };
}

/**
 * A participant's side of follow-me: while following (or once per "bring everyone here"), goes to
 * the facilitator's board and viewport; breaking away and rejoining are remembered per tab.
 */
export function useFollower(
  session: WorkshopSession,
  programmeId: string,
  boardId: string,
  editor: Editor | null,
  goToBoard: (boardId: string) => void,
) {
  const { follow, connected } = session.snapshot;
  const [brokeAway, setBrokeAway] = useState(() => readFollowMemory(programmeId).brokeAway);
  const following = follow.active && !brokeAway;
  const [jumped, setJumped] = useState(() => readFollowMemory(programmeId).jump);
  const jumpNow = connected && follow.jump > jumped && follow.boardId !== null;

  useEffect(() => {
    if (!jumpNow) return;
    writeFollowMemory(programmeId, { jump: follow.jump });
    setJumped(follow.jump);
    if (follow.boardId && follow.boardId !== boardId) goToBoard(follow.boardId);
    else if (editor && follow.viewport) showViewport(editor, follow.viewport);
  }, [jumpNow, programmeId, follow, boardId, editor, goToBoard]);

  useEffect(() => {
    if (following && connected && follow.boardId && follow.boardId !== boardId) goToBoard(follow.boardId);
  }, [following, connected, follow.boardId, boardId, goToBoard]);
  useFollowCamera(editor, follow.boardId === boardId ? follow.viewport : null, following);

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
