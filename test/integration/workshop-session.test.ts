import { readVotes, tallyVote } from '@mentoring/shared/doc/session';
import type { TimerState } from '@mentoring/shared/protocol/session-events';
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
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

describe('workshop session channel on two nodes sharing Redis', () => {
  let nodes: TwoNodes;
  let a: ServerProcess;
  let b: ServerProcess;
  let facilitator: Socket;
  let participant: Socket;
  let facilitatorToken: string;
  let participantToken: string;
  let programmeId: string;
  let board: { id: string; docId: string };

  beforeAll(async () => {
    nodes = await startTwoNodes({ SECRET: TEST_SECRET }, { appendfsync: 'always' });
    ({ a, b } = nodes);
    const created = await createProgramme(a.httpUrl, 'workshop');
    programmeId = created.programme.id;
    facilitatorToken = created.facilitatorToken;
    board = await createBoard(a.httpUrl, facilitatorToken, programmeId, 'canvas', 'Ideas');
    participantToken = (await joinAs(a.httpUrl, facilitatorToken, programmeId, 'mentee', 'Marta')).token;
    facilitator = connectSocketIo(a.httpUrl, facilitatorToken);
    participant = connectSocketIo(b.httpUrl, participantToken);
    expect(await handshake(facilitator)).toBe('connected');
    expect(await handshake(participant)).toBe('connected');
  });
  afterAll(async () => {
    destroyAllClients();
    facilitator?.disconnect();
    participant?.disconnect();
    await nodes?.stop();
  });

  it('shows the same roster on both nodes, and a broadcast from one node reaches the other', async () => {
    const onA = watch(facilitator);
    const onB = watch(participant);
    await send(participant, 'presence:update', { boardId: board.id });
    await waitFor(() => onA.roster.length === 2 && onB.roster.length === 2, { what: 'rosters of two' });
    await waitFor(() => onA.roster.find((entry) => entry.name === 'Marta')?.boardId === board.id, {
      what: 'the participant’s board on the facilitator’s roster',
    });
    expect(onA.roster.map((entry) => entry.memberId).sort()).toEqual(
      onB.roster.map((entry) => entry.memberId).sort(),
    );
    await send(participant, 'hand:raise', {});
    await waitFor(() => onA.roster[0]?.name === 'Marta' && onA.roster[0]?.handRaisedAt !== null, {
      what: 'the raised hand on the other node',
    });
    expect((await send(facilitator, 'hand:lower', { memberId: onA.roster[0]!.memberId })).ok).toBe(true);
    await waitFor(() => onB.roster.every((entry) => entry.handRaisedAt === null), {
      what: 'the lowered hand',
    });
  });

  it('refuses facilitator commands from a participant and invalid payloads, acting on neither', async () => {
    const refused = await send(participant, 'timer:start', { durationMs: 60_000 });
    expect(refused).toMatchObject({ ok: false, error: 'forbidden' });
    const invalid = await send(facilitator, 'timer:start', { durationMs: 'soon' });
    expect(invalid).toMatchObject({ ok: false, error: 'invalid' });
    const state = await send<{ timer: TimerState }>(participant, 'session:join', {});
    expect(state.ok && state.data?.timer).toEqual({ status: 'idle' });
    expect((await send(participant, 'board:lock', { boardId: board.id, locked: true })).ok).toBe(false);
  });

  it('keeps the timer the same on both nodes, and through the loss of a node', async () => {
    const onB = watch(participant);
    const started = await send<TimerState>(facilitator, 'timer:start', { durationMs: 120_000 });
    expect(started.ok).toBe(true);
    const endsAtA = started.ok && started.data?.status === 'running' ? started.data.endsAt : 0;
    await waitFor(() => onB.timer?.status === 'running', { what: 'the timer on the other node' });
    const endsAtB = onB.timer?.status === 'running' ? onB.timer.endsAt : 0;
    expect(Math.abs(endsAtA - endsAtB)).toBeLessThan(100);
    const fromB = await send<{ timer: TimerState; serverNow: number }>(participant, 'session:join', {});
    const timerB = fromB.ok ? fromB.data?.timer : undefined;
    expect(timerB?.status === 'running' && Math.abs(timerB.endsAt - endsAtA)).toBeLessThan(100);
  });

  it('stores votes in the document and refuses a participant’s edits on a locked board on the other node', async () => {
    const opened = await send<{ id: string }>(facilitator, 'vote:open', {
      boardId: board.id,
      title: 'Which idea first?',
      dotsPerPerson: 2,
      anonymous: false,
    });
    expect(opened.ok).toBe(true);
    const voteId = opened.ok ? opened.data!.id : '';
    expect((await send(participant, 'vote:cast', { boardId: board.id, voteId, itemId: 'sticky-1' })).ok).toBe(
      true,
    );
    expect((await send(participant, 'vote:cast', { boardId: board.id, voteId, itemId: 'sticky-2' })).ok).toBe(
      true,
    );
    expect(
      await send(participant, 'vote:cast', { boardId: board.id, voteId, itemId: 'sticky-1' }),
    ).toMatchObject({
      ok: false,
      error: 'conflict',
    });

    // A participant's Yjs client on node B edits; then the facilitator locks the board from node A.
    const editor = connectClient(b.wsUrl, board.docId, { params: { token: participantToken } });
    await editor.synced();
    editor.doc.getArray('array').push(['before the lock']);
    await editor.saved();
    expect((await send(facilitator, 'board:lock', { boardId: board.id, locked: true })).ok).toBe(true);
    await waitFor(() => editor.doc.getMap('session').get('locked') === true, { what: 'the lock on node B' });
    const refusals: string[] = [];
    editor.provider.messageHandlers[101] = () => refusals.push('refused');
    editor.doc.getArray('array').push(['while locked']);
    await waitFor(() => refusals.length > 0, { what: 'the refusal' });

    // The vote and the lock survive the loss of node A; the locked edit is nowhere.
    await a.kill('SIGKILL');
    const reader = connectClient(b.wsUrl, board.docId, { params: { token: facilitatorToken } });
    await reader.synced();
    expect(readVotes(reader.doc).map((vote) => vote.title)).toEqual(['Which idea first?']);
    expect(tallyVote(reader.doc, voteId)).toEqual({ counts: { 'sticky-1': 1, 'sticky-2': 1 }, voters: 1 });
    expect(reader.doc.getArray('array').toArray()).toEqual(['before the lock']);
    expect(reader.doc.getMap('session').get('locked')).toBe(true);
  });
});
