import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDoc } from '../helpers/programme.js';
import { type SentinelSet, startSentinelSet } from '../helpers/redis-sentinel.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

describe('Redis Sentinel failover', () => {
  let set: SentinelSet;
  const started: ServerProcess[] = [];
  const node = async () => {
    const server = await startServer({
      // Only the credentials and database count with sentinels: host and port come from them.
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_SENTINELS: set.sentinels,
      REDIS_SENTINEL_NAME: set.name,
      REDIS_WAIT_REPLICAS: '1',
      REDIS_WAIT_TIMEOUT_MS: '300',
    });
    started.push(server);
    return server;
  };

  beforeAll(async () => {
    set = await startSentinelSet();
  }, 30_000);
  afterEach(async () => {
    destroyAllClients();
    await Promise.all(started.splice(0).map((server) => server.stop()));
  });
  afterAll(async () => {
    await set?.stop();
  });

  it('follows the new primary without a restart, and keeps every edit confirmed before the failover', async () => {
    const a = await node();
    const { docId, token } = await openDoc(a.httpUrl);
    const client = connectClient(a.wsUrl, docId, { params: { token } });
    await client.synced();
    const list = client.doc.getArray<string>('list');
    for (let n = 0; n < 40; n++) list.push([`before ${n}`]);
    // Confirmed means: on the primary's disk and acknowledged by the replica (WAIT 1).
    await client.saved();

    await set.primary.kill('SIGKILL');
    await waitFor(async () => (await set.primaryPort()) === set.replica.port, {
      timeoutMs: 20_000,
      intervalMs: 100,
      what: 'the sentinels to promote the replica',
    });

    // The promoted replica has no replica of its own yet: an edit now reaches the new primary but
    // cannot be confirmed (WAIT 1 answers 0), so the client keeps it as not saved and it is retried.
    for (let n = 0; n < 10; n++) list.push([`during ${n}`]);
    await letTimePass(800); // an append attempt and its WAIT of 300 ms, failed
    expect(client.saves.state).not.toBe('saved');

    // The old primary comes back as a replica of the new one (as the sentinels would make it, which
    // takes them some 10 s more); the pending edits are confirmed then, and new ones too.
    await set.primary.restart(['--replicaof', '127.0.0.1', String(set.replica.port)]);
    await client.saved(30_000);
    for (let n = 0; n < 10; n++) list.push([`after ${n}`]);
    await client.saved(10_000);
    expect(a.logs.some((line) => line.includes('primary changed'))).toBe(true);

    // The same server process still serves the HTTP API (programme records are written through it).
    await openDoc(a.httpUrl);

    // A second node, started after the failover, loads everything from the new primary.
    const b = await node();
    const reader = connectClient(b.wsUrl, docId, { params: { token } });
    await reader.synced();
    const items = reader.doc.getArray<string>('list').toArray();
    expect(items.filter((item) => item.startsWith('before'))).toHaveLength(40);
    expect(items.filter((item) => item.startsWith('during'))).toHaveLength(10);
    expect(items.filter((item) => item.startsWith('after'))).toHaveLength(10);
  }, 80_000);
});
