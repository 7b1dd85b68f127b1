import { describe, expect, it } from 'vitest';
import { followEnded, leaveActions } from './leave-rules.js';
import { NO_FOLLOW } from './session-store.js';

const following = {
  ...NO_FOLLOW,
  active: true,
  boardId: 'plan',
  leader: { memberId: 'fac', name: 'Ana' },
};

describe('leaveActions', () => {
  it('lowers a hand and ends follow-me only once their owner has been gone for the grace period', () => {
    const gone = new Map<string, number>();
    const observed = { present: new Set(['other']), hands: { marta: 5 }, follow: following };
    expect(leaveActions(observed, gone, 1_000, 500)).toEqual({ lowerHands: [], endFollow: false });
    expect(leaveActions(observed, gone, 1_499, 500)).toEqual({ lowerHands: [], endFollow: false });
    expect(leaveActions(observed, gone, 1_500, 500)).toEqual({ lowerHands: ['marta'], endFollow: true });
  });

  it('forgets an absence when the member comes back (a reload inside the grace period)', () => {
    const gone = new Map<string, number>();
    const away = { present: new Set<string>(), hands: { marta: 5 }, follow: following };
    leaveActions(away, gone, 1_000, 500);
    const back = { ...away, present: new Set(['marta', 'fac']) };
    expect(leaveActions(back, gone, 1_400, 500)).toEqual({ lowerHands: [], endFollow: false });
    expect(gone.size).toBe(0);
    expect(leaveActions(away, gone, 1_600, 500)).toEqual({ lowerHands: [], endFollow: false });
  });

  it('does not end follow-me that is off, nor watch a leader of a round that ended', () => {
    const gone = new Map<string, number>();
    const off = { present: new Set<string>(), hands: {}, follow: followEnded(following) };
    expect(leaveActions(off, gone, 1_000, 0)).toEqual({ lowerHands: [], endFollow: false });
    expect(gone.size).toBe(0);
  });
});

describe('followEnded', () => {
  it('keeps nothing of the round a page opened later could follow', () => {
    expect(followEnded({ ...following, jump: 4, scroll: { anchor: 'r1', offset: 3 } })).toEqual({
      ...NO_FOLLOW,
      jump: 4,
    });
  });
});
