import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call } from '../helpers/access.js';
import { openDoc } from '../helpers/programme.js';
import { type RedisCluster, startRedisCluster } from '../helpers/redis-cluster.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, snapshotOf, type TestClient } from '../helpers/yjs-client.js';

const sameJson = (clients: TestClient[]) => {
  const first = JSON.stringify(snapshotOf(clients[0]!.doc));
  return clients.every((client) => JSON.stringify(snapshotOf(client.doc)) === first);
};

describe('two server nodes on a three-master Redis Cluster', () => {
  let cluster: RedisCluster;
  const started: ServerProcess[] = [];
  const node = async () => {
    const server = await startServer({
      REDIS_URL: cluster.url,
      REDIS_CLUSTER: 'true',
      COMPACT_AFTER_UPDATES: '20',
    });
    started.push(server);
    return server;
  };
  /** Every key on every master whose name contains `needle`. */
  const keysWith = async (needle: string) => {
    const found: string[] = [];
    for (const master of cluster.client.masters) {
      const client = await cluster.client.nodeClient(master);
      found.push(...(await client.keys(`*${needle}*`)));
    }
    return found;
  };

  beforeAll(async () => {
    cluster = await startRedisCluster();
  }, 30_000);
  afterEach(async () => {
    destroyAllClients();
    await Promise.all(started.splice(0).map((server) => server.stop()));
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('converges across nodes, compacts, keeps versions and erases every key of a programme', async () => {
    const [a, b] = await Promise.all([node(), node()]);
    const opened = await Promise.all([openDoc(a.httpUrl), openDoc(a.httpUrl), openDoc(b.httpUrl)]);
    const { docId, token, programmeId, boardId } = opened[0]!;
    // Every key of one document is on one master (one slot), and so is every key of one programme.
    const docOwners = await Promise.all(
      ['log', 'snapshot', 'trimmed-to', 'versions'].map(
        async (part) => (await cluster.masterOf(`mb:doc:{${docId}}:${part}`)).port,
      ),
    );
    expect(new Set(docOwners).size).toBe(1);
    const programmeOwners = await Promise.all(
      ['record', 'boards', 'presence'].map(
        async (part) => (await cluster.masterOf(`mb:programme:{${programmeId}}:${part}`)).port,
      ),
    );
    expect(new Set(programmeOwners).size).toBe(1);

    const clients = Array.from({ length: 6 }, (_, i) =>
      connectClient((i % 2 ? b : a).wsUrl, docId, { params: { token } }),
    );
    await Promise.all(clients.map((client) => client.synced()));
    clients.forEach((client, i) => {
      for (let n = 0; n < 15; n++) client.doc.getArray('array').push([`${i}:${n}`]);
    });
    await waitFor(() => sameJson(clients), { timeoutMs: 20_000, what: 'convergence across nodes' });
    expect(clients[0]!.doc.getArray('array').length).toBe(90);
    await Promise.all(clients.map((client) => client.saved()));

    // 90 updates with compaction after 20: a snapshot exists and the log was trimmed.
    await waitFor(async () => (await cluster.client.exists(`mb:doc:{${docId}}:snapshot`)) === 1, {
      what: 'a compaction',
    });
    expect(await cluster.client.xLen(`mb:doc:{${docId}}:log`)).toBeLessThan(90);

    // A named version, listed and read back from either node.
    const versions = `/api/programmes/${programmeId}/boards/${boardId}/versions`;
    const created = await call(a.httpUrl, 'POST', versions, { token, body: { name: 'Cluster' } });
    expect(created.status).toBe(201);
    const listed = await call(b.httpUrl, 'GET', versions, { token });
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).toContain('Cluster');

    // A late joiner on the other node reads everything.
    const late = connectClient(b.wsUrl, docId, { params: { token } });
    await late.synced();
    expect(late.doc.getArray('array').length).toBe(90);

    // Erasing the programme leaves no key naming it or its document on any master.
    expect(await keysWith(docId)).not.toEqual([]);
    expect((await call(a.httpUrl, 'DELETE', `/api/programmes/${programmeId}`, { token })).status).toBe(204);
    expect(await keysWith(docId)).toEqual([]);
    expect(await keysWith(programmeId)).toEqual([]);
    // The other programmes keep theirs.
    expect(await keysWith(opened[1]!.programmeId)).not.toEqual([]);
  }, 120_000);

  it('keeps every confirmed edit over a kill of the master that holds the document', async () => {
    const a = await node();
    const { docId, token } = await openDoc(a.httpUrl);
    const client = connectClient(a.wsUrl, docId, { params: { token } });
    await client.synced();
    const list = client.doc.getArray<string>('list');
    for (let n = 0; n < 30; n++) list.push([`before ${n}`]);
    await client.saved();

    const owner = await cluster.masterOf(`mb:doc:{${docId}}:log`);
    await owner.kill('SIGKILL');
    // While its slots are down the cluster refuses writes: edits are held, not confirmed.
    for (let n = 0; n < 10; n++) list.push([`during ${n}`]);
    await owner.restart();
    await cluster.ready();
    await client.saved(30_000);

    const fresh = new Y.Doc();
    const reader = connectClient(a.wsUrl, docId, { params: { token }, doc: fresh });
    await reader.synced();
    const items = fresh.getArray<string>('list').toArray();
    expect(items.filter((item) => item.startsWith('before'))).toHaveLength(30);
    expect(items.filter((item) => item.startsWith('during'))).toHaveLength(10);
  }, 120_000);
});
