import { randomUUID } from 'node:crypto';
import type { FollowState, PresenceEntry, TimerState } from '@mentoring/shared/protocol/session-events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMER, NO_FOLLOW, PRESENCE_TTL_MS, type SessionStore } from './session-store.js';

/** What an adapter's test gives the contract suite: a store on fresh, private backing data. */
export interface SessionStoreFixture {
  store: SessionStore;
  /**
   * One more store on the same backing data, as another server node would open it (the memory
   * store, which serves one node, gives itself).
   */
  reopen: () => Promise<SessionStore>;
  /** Closes what the fixture opened and removes the backing data. */
  cleanup: () => Promise<void>;
}

/** A programme id no other test uses (stores may share backing data between tests). */
const programmeId = () => `programme-${randomUUID()}`;

function entry(memberId: string, change: Partial<PresenceEntry> = {}): PresenceEntry {
  return {
    memberId,
    name: `Name ${memberId}`,
    role: 'mentee',
    colour: '#336699',
    boardId: null,
    away: false,
    handRaisedAt: null,
    ...change,
  };
}

const byMember = (entries: PresenceEntry[]) =>
  [...entries].sort((a, b) => a.memberId.localeCompare(b.memberId));

/**
 * The behaviour every {@link SessionStore} adapter shares (memory for one node, Redis for several):
 * run it from each adapter's test with a fixture factory.
 */
export function sessionStoreContract(name: string, setup: () => Promise<SessionStoreFixture>): void {
  describe(`SessionStore contract: ${name}`, () => {
    let fixture: SessionStoreFixture | undefined;
    const open = async () => {
      fixture = await setup();
      return fixture;
    };
    afterEach(async () => {
      vi.useRealTimers();
      await fixture?.cleanup();
      fixture = undefined;
    });

    it('starts a programme with an idle timer, no follow-me, no spotlight, nobody present', async () => {
      const { store } = await open();
      const id = programmeId();
      expect(await store.getTimer(id)).toEqual(IDLE_TIMER);
      expect(await store.getFollow(id)).toEqual(NO_FOLLOW);
      expect(await store.getSpotlight(id)).toBeNull();
      expect(await store.listPresence(id)).toEqual([]);
      expect(await store.listHands(id)).toEqual({});
    });

    it('keeps the last timer, follow-me and spotlight written, per programme', async () => {
      const { store } = await open();
      const [a, b] = [programmeId(), programmeId()];
      const timers: TimerState[] = [
        { status: 'running', durationMs: 300_000, endsAt: 1_700_000_300_000 },
        { status: 'paused', durationMs: 300_000, remainingMs: 120_500 },
      ];
      for (const timer of timers) {
        await store.setTimer(a, timer);
        expect(await store.getTimer(a)).toEqual(timer);
      }
      const follow: FollowState = {
        active: true,
        boardId: 'board-1',
        viewport: { x: -12.5, y: 40, z: 1.25, w: 1280, h: 720 },
        scroll: { anchor: 'row-7', offset: 42.5 },
        leader: { memberId: 'member-1', name: 'Ana' },
        jump: 3,
      };
      await store.setFollow(a, follow);
      await store.setSpotlight(a, 'member-1');
      expect(await store.getFollow(a)).toEqual(follow);
      expect(await store.getSpotlight(a)).toBe('member-1');
      await store.setSpotlight(a, null);
      expect(await store.getSpotlight(a)).toBeNull();
      expect(await store.getTimer(b)).toEqual(IDLE_TIMER);
      expect(await store.getFollow(b)).toEqual(NO_FOLLOW);
    });

    it('lists one presence record per socket: refreshed in place, removed on leave', async () => {
      const { store } = await open();
      const id = programmeId();
      await store.putPresence(id, 'socket-1', entry('m1'));
      await store.putPresence(id, 'socket-2', entry('m1', { boardId: 'board-2' }));
      await store.putPresence(id, 'socket-3', entry('m2'));
      await store.putPresence(id, 'socket-1', entry('m1', { away: true }));
      const listed = byMember(await store.listPresence(id));
      expect(listed).toHaveLength(3);
      expect(listed.filter((e) => e.memberId === 'm1').map((e) => [e.away, e.boardId])).toEqual(
        expect.arrayContaining([
          [true, null],
          [false, 'board-2'],
        ]),
      );
      await store.removePresence(id, 'socket-2');
      await store.removePresence(id, 'socket-unknown');
      expect(byMember(await store.listPresence(id)).map((e) => e.memberId)).toEqual(['m1', 'm2']);
      expect(await store.listPresence(programmeId())).toEqual([]);
    });

    it('forgets a presence record its node stopped refreshing', async () => {
      const { store } = await open();
      const id = programmeId();
      vi.useFakeTimers({ toFake: ['Date'] });
      const start = Date.now();
      await store.putPresence(id, 'stale', entry('m1'));
      vi.setSystemTime(start + PRESENCE_TTL_MS / 2);
      await store.putPresence(id, 'fresh', entry('m2'));
      vi.setSystemTime(start + PRESENCE_TTL_MS + 1);
      expect((await store.listPresence(id)).map((e) => e.memberId)).toEqual(['m2']);
      vi.setSystemTime(start + 2 * PRESENCE_TTL_MS);
      expect(await store.listPresence(id)).toEqual([]);
    });

    it('keeps when a hand first went up, and lowers one member’s hand only', async () => {
      const { store } = await open();
      const id = programmeId();
      await store.raiseHand(id, 'm1', 1_000);
      await store.raiseHand(id, 'm1', 5_000); // a second tab: the hand stays where it was in line
      await Promise.all([store.raiseHand(id, 'm2', 2_000), store.raiseHand(id, 'm3', 3_000)]);
      expect(await store.listHands(id)).toEqual({ m1: 1_000, m2: 2_000, m3: 3_000 });
      await store.lowerHand(id, 'm2');
      await store.lowerHand(id, 'nobody');
      expect(await store.listHands(id)).toEqual({ m1: 1_000, m3: 3_000 });
      expect(await store.listHands(programmeId())).toEqual({});
    });

    it('shows every node the same state', async () => {
      const { store, reopen } = await open();
      const other = await reopen();
      const id = programmeId();
      await store.setTimer(id, { status: 'paused', durationMs: 60_000, remainingMs: 30_000 });
      await store.putPresence(id, 'socket-a', entry('m1'));
      await other.putPresence(id, 'socket-b', entry('m2'));
      await other.raiseHand(id, 'm2', 42);
      expect(await other.getTimer(id)).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 30_000 });
      expect(byMember(await store.listPresence(id)).map((e) => e.memberId)).toEqual(['m1', 'm2']);
      expect(await store.listHands(id)).toEqual({ m2: 42 });
    });

    it('erases everything of a deleted programme and nothing of another', async () => {
      const { store } = await open();
      const [gone, kept] = [programmeId(), programmeId()];
      for (const id of [gone, kept]) {
        await store.setTimer(id, { status: 'running', durationMs: 1_000, endsAt: 2_000 });
        await store.setFollow(id, {
          active: true,
          boardId: 'b',
          viewport: null,
          scroll: null,
          leader: null,
          jump: 1,
        });
        await store.setSpotlight(id, 'm1');
        await store.putPresence(id, 'socket', entry('m1'));
        await store.raiseHand(id, 'm1', 7);
      }
      await store.deleteProgramme(gone);
      expect(await store.getTimer(gone)).toEqual(IDLE_TIMER);
      expect(await store.getFollow(gone)).toEqual(NO_FOLLOW);
      expect(await store.getSpotlight(gone)).toBeNull();
      expect(await store.listPresence(gone)).toEqual([]);
      expect(await store.listHands(gone)).toEqual({});
      expect(await store.getSpotlight(kept)).toBe('m1');
      expect(await store.listPresence(kept)).toHaveLength(1);
      expect(await store.listHands(kept)).toEqual({ m1: 7 });
    });
  });
}
