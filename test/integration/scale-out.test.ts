import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDoc } from '../helpers/programme.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, snapshotOf, type TestClient } from '../helpers/yjs-client.js';

const sameJson = (clients: TestClient[]) => {
  const first = JSON.stringify(snapshotOf(clients[0]!.doc));
  return clients.every((client) => JSON.stringify(snapshotOf(client.doc)) === first);
};

describe('two server nodes on one Redis', () => {
  let redis: RedisServer;
  const started: ServerProcess[] = [];
  const proxies: TcpProxy[] = [];
  const node = async (env: Record<string, string> = {}) => {
    const server = await startServer({ REDIS_URL: redis.url, ...env });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    redis = await startRedis({ appendfsync: 'always' });
  });
  afterEach(async () => {
    destroyAllClients();
    await Promise.all(started.splice(0).map((server) => server.stop()));
    await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
  });
  afterAll(async () => {
    await redis.stop();
  });

  it('10 clients spread over both nodes converge, and a client that moves to the other node loses nothing', async () => {
    const [a, b] = [await node(), await node()];
    const { docId, token } = await openDoc(a.httpUrl);
    const clients = Array.from({ length: 10 }, (_, i) =>
      connectClient((i % 2 ? b : a).wsUrl, docId, { params: { token } }),
    );
    await Promise.all(clients.map((client) => client.synced()));
    clients.forEach((client, i) => {
      for (let n = 0; n < 20; n++) {
        client.doc.getArray('array').push([`${i}:${n}`]);
        client.doc.getText('text').insert(0, `${i}`);
        client.doc.getMap('map').set(`k${i}-${n}`, n);
      }
    });
    await waitFor(() => sameJson(clients), { timeoutMs: 20_000, what: 'convergence across nodes' });
    expect(clients[0]!.doc.getArray('array').length).toBe(200);
    await Promise.all(clients.map((client) => client.saved()));

    // The first client (on A) moves to B, as a load balancer may send it, keeping its local doc.
    const moving = clients[0]!;
    moving.doc.getArray('array').push(['while moving']);
    const doc = moving.doc;
    moving.destroy();
    const moved = connectClient(b.wsUrl, docId, { params: { token }, doc });
    await moved.synced();
    await moved.saved();
    await waitFor(() => clients[1]!.doc.getArray('array').toArray().includes('while moving'), {
      what: 'the moved client’s edit on the other nodes',
    });
  });

  it('a node killed with SIGKILL mid-edit: its clients move to the other node, every confirmed edit is there', async () => {
    const [a, b] = [await node(), await node()];
    const { docId, token } = await openDoc(b.httpUrl);
    const onA = [0, 1, 2].map(() => connectClient(a.wsUrl, docId, { params: { token } }));
    const onB = [0, 1].map(() => connectClient(b.wsUrl, docId, { params: { token } }));
    await Promise.all([...onA, ...onB].map((client) => client.synced()));
    let confirmed = 0;
    onA[0]!.saves.subscribe((state) => {
      if (state === 'saved') confirmed = onA[0]!.doc.getArray('array').length;
    });
    let n = 0;
    const typing = setInterval(() => {
      for (const client of onA) client.doc.getArray('array').push([n++]);
    }, 5);
    await waitFor(() => confirmed > 30, { what: 'confirmed edits on A' });
    await a.kill('SIGKILL');
    clearInterval(typing);
    const confirmedAtKill = confirmed;
    // A's clients reconnect to B with their local docs (what they had, confirmed or not).
    const moved = onA.map((client) => {
      const doc = client.doc;
      client.destroy();
      return connectClient(b.wsUrl, docId, { params: { token }, doc });
    });
    await Promise.all(moved.map((client) => client.saved(15_000)));
    const everyone = [...moved, ...onB];
    await waitFor(() => sameJson(everyone), { timeoutMs: 20_000, what: 'convergence after the kill' });
    const fresh = connectClient(b.wsUrl, docId, { params: { token } });
    await fresh.synced();
    expect(fresh.doc.getArray('array').length).toBe(n);
    expect(fresh.doc.getArray('array').length).toBeGreaterThanOrEqual(confirmedAtKill);
  });

  it('a node whose Redis connection is cut for 5 s catches up, and its clients converge without reconnecting', async () => {
    const proxy = await startTcpProxy(redis.port);
    proxies.push(proxy);
    const a = await node();
    const b = await node({ REDIS_URL: proxy.url });
    const { docId, token } = await openDoc(a.httpUrl);
    const onA = connectClient(a.wsUrl, docId, { params: { token } });
    const onB = connectClient(b.wsUrl, docId, { params: { token } });
    await Promise.all([onA.synced(), onB.synced()]);
    let disconnects = 0;
    onB.provider.on('status', (event: { status: string }) => {
      if (event.status === 'disconnected') disconnects += 1;
    });
    let n = 0;
    const typing = setInterval(() => {
      onA.doc.getArray('array').push([`a${n}`]);
      onB.doc.getArray('array').push([`b${n}`]);
      n++;
    }, 20);
    // About 300 ms of typing before the cut, and as much after it (rounds come every 20 ms).
    const typedUpTo = (rounds: number) => waitFor(() => n >= rounds, { what: `${rounds} rounds of typing` });
    await typedUpTo(15);
    await proxy.cut(5_000);
    await typedUpTo(n + 15);
    clearInterval(typing);
    await waitFor(() => sameJson([onA, onB]) && onA.doc.getArray('array').length === 2 * n, {
      timeoutMs: 20_000,
      what: 'convergence after the cut',
    });
    await Promise.all([onA.saved(15_000), onB.saved(15_000)]);
    expect(disconnects).toBe(0);
  });

  it('relays cursors between nodes and removes a dead node’s cursors within 30 s', async () => {
    const [a, b] = [await node(), await node()];
    const { docId, token } = await openDoc(a.httpUrl);
    const onA = connectClient(a.wsUrl, docId, { params: { token } });
    const onB = connectClient(b.wsUrl, docId, { params: { token } });
    await Promise.all([onA.synced(), onB.synced()]);
    onA.provider.awareness.setLocalStateField('user', { name: 'Ana from Riga' });
    const seen = () =>
      [...onB.provider.awareness.getStates().values()].some((state) => state.user?.name === 'Ana from Riga');
    await waitFor(seen, { what: 'the cursor on the other node' });
    onA.provider.shouldConnect = false; // a dead node's client does not say goodbye through it
    await a.kill('SIGKILL');
    const killedAt = Date.now();
    await waitFor(() => !seen(), { timeoutMs: 30_000, what: 'the dead node’s cursor to expire' });
    expect(Date.now() - killedAt).toBeLessThan(30_000);
  }, 45_000);

  it('two nodes compacting the same document at once lose no update', async () => {
    const env = { COMPACT_AFTER_UPDATES: '5' };
    const [a, b] = [await node(env), await node(env)];
    const { docId, token } = await openDoc(a.httpUrl);
    const writers = [a, b, a, b].map((server) => connectClient(server.wsUrl, docId, { params: { token } }));
    await Promise.all(writers.map((client) => client.synced()));
    for (let round = 0; round < 60; round++) {
      writers.forEach((client, i) => {
        client.doc.getArray('array').push([`${i}:${round}`]);
      });
      await letTimePass(5); // pace the rounds, so both nodes compact while updates keep coming
    }
    await Promise.all(writers.map((client) => client.saved(15_000)));
    const reader = connectClient(b.wsUrl, docId, { params: { token }, doc: new Y.Doc() });
    await reader.synced();
    await waitFor(() => reader.doc.getArray('array').length === 240, { what: 'all 240 updates' });
    for (const server of [a, b]) await server.kill('SIGKILL');
    const restarted = await node(env);
    const cold = connectClient(restarted.wsUrl, docId, { params: { token } });
    await cold.synced();
    expect(cold.doc.getArray('array').length).toBe(240);
  });
});
