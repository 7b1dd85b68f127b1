import type { FollowState, PresenceEntry } from '@mentoring/shared/protocol/session-events';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectSocketIo,
  createBoard,
  createProgramme,
  handshake,
  joinAs,
  TEST_SECRET,
} from '../helpers/access.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { send, watch } from '../helpers/session-channel.js';
import { startTwoNodes, type TwoNodes } from '../helpers/two-nodes.js';
import { letTimePass, waitFor } from '../helpers/wait.js';

const GRACE_MS = 1_500;

describe('people who leave, on two nodes sharing Redis', () => {
  let nodes: TwoNodes;
  let a: ServerProcess;
  let b: ServerProcess;
  const sockets: Socket[] = [];
  let programmeId: string;
  let facilitatorToken: string;
  let participantToken: string;
  let boardId: string;

  const open = async (url: string, token: string) => {
    const socket = connectSocketIo(url, token);
    sockets.push(socket);
    expect(await handshake(socket)).toBe('connected');
    return socket;
  };

  beforeAll(async () => {
    nodes = await startTwoNodes({ SECRET: TEST_SECRET, SESSION_LEAVE_GRACE_MS: String(GRACE_MS) });
    ({ a, b } = nodes);
    const created = await createProgramme(a.httpUrl, 'leave');
    programmeId = created.programme.id;
    facilitatorToken = created.facilitatorToken;
    boardId = (await createBoard(a.httpUrl, facilitatorToken, programmeId, 'action-plan', 'Plan')).id;
    participantToken = (await joinAs(a.httpUrl, facilitatorToken, programmeId, 'mentor', 'Jonas')).token;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await nodes?.stop();
  });

  it('ends follow-me once its leader has been gone (all tabs, every node) for the grace period', async () => {
    const leaderTab = await open(a.httpUrl, facilitatorToken);
    const secondTab = await open(b.httpUrl, facilitatorToken);
    const participant = await open(b.httpUrl, participantToken);
    const seen = watch(participant);
    const started = await send<FollowState>(leaderTab, 'follow:start', {
      boardId,
      viewport: null,
      scroll: { anchor: 'row-1', offset: 12 },
    });
    expect(started.ok && started.data?.leader?.memberId).toBeTruthy();
    await waitFor(() => seen.follow?.active === true, { what: 'follow-me on' });
    expect(seen.follow?.scroll).toEqual({ anchor: 'row-1', offset: 12 });

    // One tab left: the leader is still here, on the other node, and follow-me goes on.
    leaderTab.disconnect();
    await letTimePass(GRACE_MS * 2);
    expect(seen.follow?.active).toBe(true);

    const goneAt = Date.now();
    secondTab.disconnect();
    await waitFor(() => seen.follow?.active === false, { what: 'follow-me ended', timeoutMs: GRACE_MS * 6 });
    expect(Date.now() - goneAt).toBeGreaterThanOrEqual(GRACE_MS - 100);
    // Nothing of the round stays for a page opened later.
    const later = await open(a.httpUrl, participantToken);
    const joined = await send<{ follow: FollowState }>(later, 'session:join', {});
    expect(joined.ok && joined.data?.follow).toMatchObject({ active: false, boardId: null, leader: null });
    // A late move from a tab of the ended round does not bring it back.
    const stale = await open(a.httpUrl, facilitatorToken);
    await send(stale, 'follow:move', { boardId, viewport: null });
    const after = await send<{ follow: FollowState }>(later, 'session:join', {});
    expect(after.ok && after.data?.follow.boardId).toBeNull();
    stale.disconnect();
    later.disconnect();
    participant.disconnect();
  });

  it('lowers a hand when its owner has left on every node, not when one of two tabs closes', async () => {
    const facilitator = await open(a.httpUrl, facilitatorToken);
    const seen = watch(facilitator);
    const phone = await open(b.httpUrl, participantToken);
    const laptop = await open(a.httpUrl, participantToken);
    await send(phone, 'hand:raise', {});
    const handOf = () => seen.roster.find((entry) => entry.name === 'Jonas')?.handRaisedAt ?? null;
    await waitFor(() => handOf() !== null, { what: 'hand up' });

    phone.disconnect();
    await letTimePass(GRACE_MS * 2);
    expect(handOf()).not.toBeNull();

    laptop.disconnect();
    await waitFor(() => seen.roster.every((entry) => entry.name !== 'Jonas'), { what: 'Jonas gone' });
    const joined = async () => {
      const ack = await send<{ roster: PresenceEntry[] }>(facilitator, 'session:join', {});
      return ack.ok ? ack.data?.roster : undefined;
    };
    // Gone from the roster at once, but the hand is kept through the grace period (a reload)...
    const back = await open(b.httpUrl, participantToken);
    await waitFor(async () => (await joined())?.find((e) => e.name === 'Jonas')?.handRaisedAt != null, {
      what: 'hand kept across a quick return',
      intervalMs: 100,
    });
    // ...and lowered once they have been gone for it.
    back.disconnect();
    await waitFor(async () => (await joined())?.find((e) => e.name === 'Jonas') === undefined, {
      what: 'Jonas gone again',
      intervalMs: 100,
    });
    await letTimePass(GRACE_MS * 3);
    const reopened = await open(a.httpUrl, participantToken);
    await waitFor(async () => (await joined())?.find((e) => e.name === 'Jonas'), { what: 'Jonas back' });
    expect((await joined())?.find((e) => e.name === 'Jonas')?.handRaisedAt).toBeNull();
    reopened.disconnect();
    facilitator.disconnect();
  });
});
