import type { FollowState } from '@mentoring/shared/protocol/session-events';

/** What a programme's session looks like from one node at one moment (all nodes' records). */
export interface LeaveObservation {
  /** Members with at least one live connection, on any node. */
  present: ReadonlySet<string>;
  /** Members whose hand is up. */
  hands: Readonly<Record<string, number>>;
  follow: FollowState;
}

export interface LeaveActions {
  /** Hands to lower: their owner has been gone for the grace period. */
  lowerHands: string[];
  /** Follow-me to end: its leader has been gone for the grace period. */
  endFollow: boolean;
}

/**
 * The rules for people who left: a member missing from every node's presence for `graceMs` has
 * their hand lowered, and follow-me they lead ends. `goneSince` (member → when this node first saw
 * them missing) is this node's memory between observations; it is updated in place. Each node keeps
 * its own, so the rules hold when the leader's node crashed (its records expire, another node sees
 * the leader missing); two nodes acting on the same absence do the same idempotent thing.
 */
export function leaveActions(
  observed: LeaveObservation,
  goneSince: Map<string, number>,
  now: number,
  graceMs: number,
): LeaveActions {
  const concerned = new Set(Object.keys(observed.hands));
  const leader = observed.follow.active ? observed.follow.leader?.memberId : undefined;
  if (leader) concerned.add(leader);
  for (const memberId of [...goneSince.keys()]) {
    if (!concerned.has(memberId) || observed.present.has(memberId)) goneSince.delete(memberId);
  }
  const gone = (memberId: string) => {
    if (observed.present.has(memberId)) return false;
    const since = goneSince.get(memberId);
    if (since === undefined) {
      goneSince.set(memberId, now);
      return graceMs <= 0;
    }
    return now - since >= graceMs;
  };
  const lowerHands = Object.keys(observed.hands).filter(gone);
  const endFollow = leader !== undefined && gone(leader);
  return { lowerHands, endFollow };
}

/** Follow-me switched off: nothing of the last round stays for pages opened later. */
export function followEnded(follow: FollowState): FollowState {
  return { ...follow, active: false, boardId: null, viewport: null, scroll: null, leader: null };
}
