import {
  NETWORK_CHANGED,
  NETWORK_NAMESPACE,
  type NetworkTopic,
} from '@mentoring/shared/protocol/network-events';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, handshake, TEST_SECRET } from '../helpers/access.js';
import {
  chooseMentor,
  communityInput,
  createNetwork,
  mentorProfile,
  needs,
  networkInvite,
  openDraft,
  planCommunity,
  publishProfile,
} from '../helpers/network.js';
import { startTwoNodes, type TwoNodes } from '../helpers/two-nodes.js';
import { letTimePass, waitFor } from '../helpers/wait.js';

/** A network page's live channel, as the client opens it. */
function connectNetwork(httpUrl: string, auth: Record<string, unknown>): Socket {
  return io(`${httpUrl}${NETWORK_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
  });
}

/** Every notice a socket hears, in order, with when it arrived. */
function listen(socket: Socket): { what: NetworkTopic; at: number }[] {
  const heard: { what: NetworkTopic; at: number }[] = [];
  socket.on(NETWORK_CHANGED, ({ what }: { what: NetworkTopic }) => heard.push({ what, at: Date.now() }));
  return heard;
}

/**
 * The network page's live channel across two nodes of one Redis: a change made through node A
 * reaches the pages connected to node B, only those of its own network, only the topics their role
 * may read; a link of another network, a bad token or a revoked link is refused or cut off.
 */
describe('live notices of a network across two nodes', () => {
  let nodes: TwoNodes;
  const sockets: Socket[] = [];
  const open = async (httpUrl: string, auth: Record<string, unknown>) => {
    const socket = connectNetwork(httpUrl, auth);
    sockets.push(socket);
    return { socket, result: await handshake(socket) };
  };
  beforeAll(async () => {
    nodes = await startTwoNodes({ SECRET: TEST_SECRET });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await nodes?.stop();
  });

  it('tells the pages on node B of changes made on node A, and no one else', async () => {
    const a = nodes.a.httpUrl;
    const b = nodes.b.httpUrl;
    const mine = await createNetwork(a, 'Live network');
    const other = await createNetwork(a, 'Other network');
    const id = mine.network.id;
    const staff = await networkInvite(a, mine.token, id);

    const coordinator = await open(b, { networkId: id, token: mine.token });
    const staffPage = await open(b, { networkId: id, token: staff.token });
    const otherPage = await open(b, { networkId: other.network.id, token: other.token });
    expect([coordinator.result, staffPage.result, otherPage.result]).toEqual([
      'connected',
      'connected',
      'connected',
    ]);
    const heardByCoordinator = listen(coordinator.socket);
    const heardByStaff = listen(staffPage.socket);
    const heardByOther = listen(otherPage.socket);
    const heard = (list: { what: NetworkTopic }[], what: NetworkTopic) => list.some((n) => n.what === what);

    const sent = Date.now();
    const { profile } = await publishProfile(a, staff.token, id, mentorProfile('Málaga'));
    await waitFor(() => heard(heardByCoordinator, 'profiles') && heard(heardByStaff, 'profiles'), {
      what: 'the profiles notice on node B',
    });
    const delay = (heardByStaff.find((n) => n.what === 'profiles')?.at ?? 0) - sent;
    console.info(`profiles notice reached node B ${delay} ms after the request was sent to node A`);

    const { draft } = await openDraft(a, staff.token, id, 'Reception first', needs('Larissa', 'Queues.'));
    await waitFor(() => heard(heardByCoordinator, 'drafts') && heard(heardByStaff, 'drafts'), {
      what: 'the drafts notice',
    });

    // Choosing a mentor starts a programme: the coordinator's table changes; staff cannot read it.
    await chooseMentor(a, staff.token, id, draft.id, profile.id);
    await waitFor(() => heard(heardByCoordinator, 'programmes'), { what: 'the programmes notice' });

    await planCommunity(a, staff.token, id, communityInput('Housing circle', 'Housing', ['A', 'B', 'C']));
    await waitFor(() => heard(heardByCoordinator, 'communities') && heard(heardByStaff, 'communities'), {
      what: 'the communities notice',
    });

    // Pages of another network hear nothing of this one, and staff never hear of the table.
    await letTimePass(500); // a notice that should not come gets the time a real one takes
    expect(heardByOther).toEqual([]);
    expect(heard(heardByStaff, 'programmes')).toBe(false);
    // The notice says what changed and nothing else.
    expect(heardByCoordinator.every((n) => Object.keys(n).join() === 'what,at')).toBe(true);
  });

  it("refuses another network's link, a bad token and a missing one", async () => {
    const a = nodes.a.httpUrl;
    const b = nodes.b.httpUrl;
    const mine = await createNetwork(a, 'Guarded network');
    const other = await createNetwork(a, 'Intruding network');
    expect((await open(b, { networkId: mine.network.id, token: other.token })).result).toBe('unauthorized');
    expect((await open(b, { networkId: mine.network.id, token: `${mine.token}x` })).result).toBe(
      'unauthorized',
    );
    expect((await open(b, { networkId: mine.network.id })).result).toBe('unauthorized');
    expect((await open(b, { networkId: 'not an id!', token: mine.token })).result).toBe('unauthorized');
  });

  it('cuts off on node B the page of a link revoked on node A', async () => {
    const a = nodes.a.httpUrl;
    const b = nodes.b.httpUrl;
    const mine = await createNetwork(a, 'Revoking network');
    const id = mine.network.id;
    const staff = await networkInvite(a, mine.token, id);
    const page = await open(b, { networkId: id, token: staff.token });
    expect(page.result).toBe('connected');
    const closed = new Promise<void>((resolve) => page.socket.once('disconnect', () => resolve()));
    const revoked = await call(a, 'DELETE', `/api/networks/${id}/invites/${staff.invite.id}`, {
      token: mine.token,
    });
    expect(revoked.status).toBe(204);
    await closed;
    expect((await open(b, { networkId: id, token: staff.token })).result).toBe('unauthorized');
  });
});
