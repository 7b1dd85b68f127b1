import path from 'node:path';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { openDoc } from '../helpers/programme.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
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
    // The room unloads now (ROOM_IDLE_MS=0); a new client makes it load from the store. The server
    // gives no outside sign of the unload, so give its idle timer time to fire.
    await letTimePass(100);
    const reader = connectClient(server.wsUrl, docId, { params: { token } });
    let lengthAtSync = -1;
    reader.provider.on('sync', (synced: boolean) => {
      if (synced && lengthAtSync === -1) lengthAtSync = reader.doc.getText('text').length;
    });
    await reader.synced();
    expect(lengthAtSync).toBe(200_000);
  });

  it('gives each fresh client the edits made since the one before joined', async () => {
    server = await startServer(env());
    const { docId, token } = await openDoc(server.httpUrl);
    const joined: TestClient[] = [];
    for (let i = 0; i < 3; i++) {
      const client = connectClient(server.wsUrl, docId, { params: { token } });
      await client.synced();
      expect(client.doc.getMap('map').size).toBe(i);
      client.doc.getMap('map').set(`by${i}`, i);
      await client.saved();
      joined.push(client);
    }
  });

  it('answers clients that join while the room loads, fresh or returning, with every stored edit', async () => {
    server = await startServer({ ...env(), ROOM_IDLE_MS: '0' });
    const { docId, token } = await openDoc(server.httpUrl);
    const writer = connectClient(server.wsUrl, docId, { params: { token } });
    await writer.synced();
    const returning = new Y.Doc();
    // Several confirmed edits: several stored updates, not one snapshot.
    for (let i = 0; i < 5; i++) {
      writer.doc.getMap('map').set(`k${i}`, 'v'.repeat(20_000));
      await writer.saved();
      if (i === 1) Y.applyUpdate(returning, Y.encodeStateAsUpdate(writer.doc));
    }
    const expected = JSON.stringify(snapshotOf(writer.doc));
    writer.destroy();
    // Unloaded (ROOM_IDLE_MS=0): no outside sign of it, so give the idle timer time to fire.
    await letTimePass(200);
    const fresh = connectClient(server.wsUrl, docId, { params: { token } });
    const back = connectClient(server.wsUrl, docId, { params: { token }, doc: returning });
    // Which sync steps reach the fresh client, in order (0 = the server's step 1, 1 = step 2, 2 = update).
    const steps: number[] = [];
    const stepTwoBytes: number[] = [];
    fresh.provider.on('status', ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      fresh.provider.ws?.addEventListener('message', (event: MessageEvent) => {
        const bytes = new Uint8Array(event.data as ArrayBuffer);
        if (bytes[0] !== 0) return;
        steps.push(bytes[1]!);
        if (bytes[1] === 1) stepTwoBytes.push(bytes.length);
      });
    });
    const atSync = new Map<TestClient, string>();
    for (const client of [fresh, back]) {
      client.provider.on('sync', (synced: boolean) => {
        if (synced && !atSync.has(client)) atSync.set(client, JSON.stringify(snapshotOf(client.doc)));
      });
    }
    await Promise.all([fresh.synced(), back.synced()]);
    expect(atSync.get(fresh)).toBe(expected);
    expect(atSync.get(back)).toBe(expected);
    // Answered from the stored bytes before the room greeted it: earlier updates, then step 2.
    expect(steps.slice(0, steps.indexOf(1) + 1)).toEqual([
      ...steps.slice(0, steps.indexOf(1)).map(() => 2),
      1,
    ]);
    expect(steps.indexOf(1)).toBeGreaterThan(0);
    expect(steps.indexOf(1)).toBeLessThan(steps.indexOf(0));
    fresh.doc.getMap('map').set('after', 'load');
    await waitFor(() => back.doc.getMap('map').get('after') === 'load', { what: 'edit after load' });
    // Sent the stored state before its step 1 came (SQLite loads at once), its step 1 is answered
    // with what came since, not the whole document again. Its step 1 went before its edit.
    expect(stepTwoBytes.length).toBeLessThanOrEqual(2);
    for (const bytes of stepTwoBytes.slice(1)) expect(bytes).toBeLessThan(100);
  });
});

describe('sync core with a stored update that does not apply', () => {
  let server: ServerProcess | undefined;
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  it('closes clients sent the broken bytes at load, and serves the rest of the document after', async () => {
    server = await startServer({});
    const { docId, token } = await openDoc(server.httpUrl);
    const writer = connectClient(server.wsUrl, docId, { params: { token } });
    await writer.synced();
    writer.doc.getMap('map').set('kept', 'yes');
    await writer.saved();
    writer.destroy();
    await server.kill('SIGTERM');
    const db = new Database(path.join(server.dataDir, 'docs.sqlite'));
    db.prepare('INSERT INTO doc_update (doc_id, data) VALUES (?, ?)').run(docId, Buffer.from([9, 9, 9, 9]));
    db.close();
    server = await server.restart();
    // A raw socket that sends nothing: the load sends it the stored bytes as they are.
    const raw = new WebSocket(`${server.wsUrl}/${docId}?token=${token}`);
    const closeCode = await new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    expect(closeCode).toBe(CloseCode.internal.code);
    expect(server.logs.join('\n')).toContain('skipped a stored update that does not apply');
    const reader = connectClient(server.wsUrl, docId, { params: { token } });
    await reader.synced();
    expect(reader.doc.getMap('map').get('kept')).toBe('yes');
  });
});

describe('sync core with Redis restarting under load', () => {
  let redis: RedisServer;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    redis = await startRedis({ appendfsync: 'always' });
  });
  // Each test starts its own server: stop it after that test, or the next one would orphan it.
  afterEach(async () => {
    destroyAllClients();
    await server?.stop();
    server = undefined;
  });
  afterAll(async () => {
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

  it('delivers edits to the other clients at once while the store is stalled, and confirms them after', async () => {
    server = await startServer({ REDIS_URL: redis.url });
    const { docId, token } = await openDoc(server.httpUrl);
    const author = connectClient(server.wsUrl, docId, { params: { token } });
    const other = connectClient(server.wsUrl, docId, { params: { token } });
    await Promise.all([author.synced(), other.synced()]);
    redis.pause();
    try {
      author.doc.getMap('map').set('while', 'stalled');
      await waitFor(() => other.doc.getMap('map').get('while') === 'stalled', {
        what: 'the edit to reach the other client',
      });
      expect(author.saves.state).not.toBe('saved'); // not durable yet
      redis.resume();
      await author.saved(20_000);
    } finally {
      redis.resume();
    }
  });
});
