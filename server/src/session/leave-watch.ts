import type { FollowState } from '@mentoring/shared/protocol/session-events';
import { followEnded, leaveActions } from './leave-rules.js';
import type { SessionStore } from './session-store.js';

export interface LeaveWatchDeps {
  sessions: SessionStore;
  graceMs: number;
  /** Tells a programme's sockets that follow-me changed. */
  followChanged(programmeId: string, follow: FollowState): void;
  /** Tells a programme's sockets that the roster (hands) changed. */
  rosterChanged(programmeId: string): void;
  onError(error: unknown): void;
}

/**
 * Applies {@link leaveActions} to the programmes this node has sockets of (or recently had): right
 * after a disconnect, and every few seconds, so that the grace period is kept within a fraction of
 * itself and a crashed node's members are noticed once their presence records expire.
 */
export function createLeaveWatch(deps: LeaveWatchDeps) {
  const { sessions, graceMs } = deps;
  const watched = new Map<string, Map<string, number>>();
  const running = new Set<string>();

  async function check(programmeId: string) {
    // One check at a time per programme: two would both see the same absence and act twice.
    if (running.has(programmeId)) return;
    running.add(programmeId);
    try {
      const goneSince = watched.get(programmeId) ?? new Map<string, number>();
      watched.set(programmeId, goneSince);
      const [records, hands, follow] = await Promise.all([
        sessions.listPresence(programmeId),
        sessions.listHands(programmeId),
        sessions.getFollow(programmeId),
      ]);
      const present = new Set(records.map((record) => record.memberId));
      const actions = leaveActions({ present, hands, follow }, goneSince, Date.now(), graceMs);
      for (const memberId of actions.lowerHands) await sessions.lowerHand(programmeId, memberId);
      if (actions.lowerHands.length > 0) deps.rosterChanged(programmeId);
      if (actions.endFollow) {
        // Read again: a facilitator may have started a new round meanwhile (another leader).
        const now = await sessions.getFollow(programmeId);
        if (now.active && now.leader?.memberId === follow.leader?.memberId) {
          const ended = followEnded(now);
          await sessions.setFollow(programmeId, ended);
          deps.followChanged(programmeId, ended);
        }
      }
      // Nobody here and nothing pending: this node stops watching the programme.
      if (records.length === 0 && goneSince.size === 0) watched.delete(programmeId);
    } catch (error) {
      deps.onError(error);
    } finally {
      running.delete(programmeId);
    }
  }

  const every = Math.max(50, Math.min(5_000, Math.floor(graceMs / 4)));
  const timer = setInterval(() => {
    for (const programmeId of watched.keys()) void check(programmeId);
  }, every);
  timer.unref();

  return {
    /** A socket of the programme connected or left: watch it, and look now. */
    touch(programmeId: string) {
      if (!watched.has(programmeId)) watched.set(programmeId, new Map());
      void check(programmeId);
    },
    close() {
      clearInterval(timer);
    },
  };
}
