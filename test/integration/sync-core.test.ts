import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { openDoc } from '../helpers/programme.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, snapshotOf, type TestClient } from '../helpers/yjs-client.js';

/** One client's share of concurrent edits on all three kinds of shared type. */
function randomEdits(doc: Y.Doc, who: number, count: number): void {
  for (let i = 0; i < count; i++) {
    doc.transact(() => {
      doc.getMap('map').set(`k${who}-${i}`, { who, i });
      const array = doc.getArray('array');
      array.insert(Math.floor(Math.random() * (array.length + 1)), [`${who}:${i}`]);
      const text = doc.getText('text');
      text.insert(Math.floor(Math.random() * (text.length + 1)), `<${who}.${i}>`);
    });
  }
}

async function converged(clients: TestClient[]): Promise<unknown> {
  return waitFor(
    () => {
      const first = JSON.stringify(snapshotOf(clients[0]!.doc));
      return clients.every((client) => JSON.stringify(snapshotOf(client.doc)) === first) && first;
    },
    { timeoutMs: 20_000, what: 'clients to converge' },
  );
}

describe.each(['sqlite', 'redis'] as const)('sync core with the %s store', (kind) => {
  let redis: RedisServer | undefined;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    if (kind === 'redis') redis = await startRedis({ appendfsync: 'always' });
  });
  afterEach(async () => {
    destroyAllClients();
    await server?.stop();
    server = undefined;
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const env = (): Record<string, string> => (redis ? { REDIS_URL: redis.url } : {});

  it.each([2, 20])('%i clients converge after concurrent edits of maps, arrays and text', async (count) => {
    server = await startServer(env());
    const { docId, token } = await openDoc(server.httpUrl);
    const clients = Array.from({ length: count }, () =>
      connectClient(server!.wsUrl, docId, { params: { token } }),
    );
    await Promise.all(clients.map((client) => client.synced()));
    clients.forEach((client, who) => {
      randomEdits(client.doc, who, 10);
    });
    await converged(clients);
    const doc = clients[0]!.doc;
    expect(doc.getMap('map').size).toBe(count * 10);
    expect(doc.getArray('array').length).toBe(count * 10);
    for (let who = 0; who < count; who++) expect(doc.getText('text').toString()).toContain(`<${who}.9>`);
    await Promise.all(clients.map((client) => client.saved()));
  });

  it('keeps every edit across a clean restart', async () => {
    server = await startServer(env());
    const { docId, token } = await openDoc(server.httpUrl);
    const writer = connectClient(server.wsUrl, docId, { params: { token } });
    await writer.synced();
    randomEdits(writer.doc, 1, 50);
    const expected = JSON.stringify(snapshotOf(writer.doc));
    writer.destroy();
    expect(await server.kill('SIGTERM')).toBe(0);
    server = await server.restart();
    const reader = connectClient(server.wsUrl, docId, { params: { token } });
    await reader.synced();
    expect(JSON.stringify(snapshotOf(reader.doc))).toBe(expected);
  });

  it('keeps 500 confirmed edits when the server is killed with SIGKILL (3 runs)', async () => {
    for (let run = 0; run < 3; run++) {
      server = await startServer(env(), server?.dataDir);
      const { docId, token } = await openDoc(server.httpUrl);
      const writer = connectClient(server.wsUrl, docId, { params: { token } });
      await writer.synced();
      const items = writer.doc.getArray<number>('array');
      for (let i = 0; i < 500; i++) items.push([i]);
      await writer.saved();
      writer.destroy();
      await server.kill('SIGKILL');
      server = await server.restart();
      const reader = connectClient(server.wsUrl, docId, { params: { token } });
      await reader.synced();
      expect(reader.doc.getArray<number>('array').toArray()).toEqual(
        Array.from({ length: 500 }, (_, i) => i),
      );
      reader.destroy();
      await server.kill('SIGKILL');
    }
  });

  it('never reports synced before the stored document is loaded', async () => {
    server = await startServer({ ...env(), ROOM_IDLE_MS: '0' });
    const { docId, token } = await openDoc(server.httpUrl);
    const writer = connectClient(server.wsUrl, docId, { params: { token } });
    await writer.synced();
    const text = writer.doc.getText('text');
    text.insert(0, 'x'.repeat(200_000));
    await writer.saved();
    writer.destroy();
    await waitFor(async () => (await fetch(`${server!.httpUrl}/readyz`)).ok);
    // The room is unloaded now (ROOM_IDLE_MS=0); a new client makes it load from the store.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const reader = connectClient(server.wsUrl, docId, { params: { token } });
    let lengthAtSync = -1;
    reader.provider.on('sync', (synced: boolean) => {
      if (synced && lengthAtSync === -1) lengthAtSync = reader.doc.getText('text').length;
    });
    await reader.synced();
    expect(lengthAtSync).toBe(200_000);
  });
});

describe('sync core with Redis restarting under load', () => {
  let redis: RedisServer;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    redis = await startRedis({ appendfsync: 'always' });
  });
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
    await redis.stop();
  });

  it('loses no confirmed edit when redis-server is killed and restarted, and confirms again after', async () => {
    server = await startServer({ REDIS_URL: redis.url });
    const { docId, token } = await openDoc(server.httpUrl);
    const writer = connectClient(server.wsUrl, docId, { params: { token } });
    await writer.synced();
    const items = writer.doc.getArray<number>('array');
    let confirmedUpTo = 0;
    writer.saves.subscribe((state) => {
      if (state === 'saved') confirmedUpTo = items.length;
    });
    let next = 0;
    const typing = setInterval(() => items.push([next++]), 5);
    try {
      await waitFor(() => confirmedUpTo > 50, { what: 'first confirmations' });
      await redis.kill('SIGKILL');
      const confirmedBeforeKill = confirmedUpTo;
      await waitFor(async () => (await fetch(`${server!.httpUrl}/readyz`)).status === 503, {
        what: 'readyz to report the store down',
      });
      await redis.restart();
      await waitFor(() => confirmedUpTo > confirmedBeforeKill + 50, {
        timeoutMs: 20_000,
        what: 'confirmations after redis came back',
      });
    } finally {
      clearInterval(typing);
    }
    await writer.saved(20_000);
    const total = next;
    writer.destroy();
    await waitFor(async () => (await fetch(`${server!.httpUrl}/readyz`)).ok, { what: 'readyz to recover' });
    const reader = connectClient(server.wsUrl, docId, { params: { token } });
    await reader.synced();
    expect(reader.doc.getArray<number>('array').toArray()).toEqual(
      Array.from({ length: total }, (_, i) => i),
    );
  });
});
