import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { afterEach, describe, expect, it } from 'vitest';
import { openDoc } from '../helpers/programme.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { destroyAllClients } from '../helpers/yjs-client.js';
import { durations, timeoutFor } from './support/durations.js';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy.js';
import { recordFigures } from './support/report.js';
import { readBack, Typist, tally, totals } from './support/typists.js';

const status = async (server: ServerProcess, route: string) =>
  (await fetch(`${server.httpUrl}${route}`, { signal: AbortSignal.timeout(5_000) }).catch(() => null))
    ?.status;

describe('chaos: Redis unreachable while clients type', () => {
  let redis: RedisServer | undefined;
  let proxy: FaultProxy | undefined;
  let server: ServerProcess | undefined;
  const typists: Typist[] = [];
  afterEach(async () => {
    for (const typist of typists.splice(0)) typist.destroy();
    destroyAllClients();
    redis?.resume();
    await server?.stop();
    await proxy?.close();
    await redis?.stop();
  });

  /** Holds one outage: the server stays up, says not ready, confirms nothing; returns when it ended. */
  async function outage(how: 'SIGSTOP' | 'closed port'): Promise<Record<string, number>> {
    const node = server as ServerProcess;
    const before = typists.map((typist) => typist.typed);
    const startedAt = Date.now();
    if (how === 'SIGSTOP') redis?.pause();
    else proxy?.set({ kind: 'cut' });
    await waitFor(async () => (await status(node, '/readyz')) === 503, { what: '/readyz 503' });
    const notReadyAfterMs = Date.now() - startedAt;
    // A confirmation already on its way when the outage began may still land: allow that moment.
    const quietFrom = Date.now() + 500;
    const heldFrom = typists.map((typist) => typist.confirmed);
    // The outage itself: it lasts its time, polling that the process stays up meanwhile.
    while (Date.now() - startedAt < durations.redisAway) {
      expect(await status(node, '/healthz')).toBe(200);
      await letTimePass(500);
    }
    for (const typist of typists) expect(typist.client.saves.state).not.toBe('saved');
    const endedAt = Date.now();
    if (how === 'SIGSTOP') redis?.resume();
    else proxy?.set({ kind: 'pass' });
    for (const typist of typists) {
      const during = typist.confirmations.filter((c) => c.at > quietFrom && c.at < endedAt);
      expect(during, `${typist.name} confirmed while Redis was away`).toEqual([]);
    }
    const heldDuring = typists.reduce((sum, typist, i) => sum + typist.typed - (heldFrom[i] ?? 0), 0);
    await waitFor(() => typists.every((typist, i) => typist.confirmed > (before[i] ?? 0)), {
      timeoutMs: 60_000,
      what: 'confirmations after Redis returned',
    });
    const confirmingAgainMs = Date.now() - endedAt;
    await waitFor(async () => (await status(node, '/readyz')) === 200, { timeoutMs: 30_000, what: 'ready' });
    return { awayMs: endedAt - startedAt, notReadyAfterMs, heldDuring, confirmingAgainMs };
  }

  it(
    'SIGSTOP, then a closed port: up, not ready, nothing confirmed meanwhile, every held edit stored after',
    async () => {
      redis = await startRedis({ appendfsync: 'always' });
      proxy = await startFaultProxy(redis.port);
      server = await startServer({ REDIS_URL: proxy.url });
      const { docId, token } = await openDoc(server.httpUrl);
      for (let i = 0; i < 3; i++) typists.push(new Typist(`t${i}`, server.wsUrl, docId, token));
      await Promise.all(typists.map((typist) => typist.client.synced()));
      for (const typist of typists) typist.start(50);
      await waitFor(() => typists.every((typist) => typist.confirmed > 10), { what: 'first confirmations' });
      const stopped = await outage('SIGSTOP');
      const cut = await outage('closed port');
      for (const typist of typists) typist.stop();
      await Promise.all(typists.map((typist) => typist.allConfirmed(60_000)));
      await server.kill('SIGKILL'); // read back from Redis alone
      server = await server.restart();
      const rows = tally(await readBack(server.wsUrl, docId, token), typists);
      recordFigures('redis-away', { ...totals(rows), stopped, cut });
      for (const row of rows) {
        expect(row.confirmedFound).toBe(row.confirmed);
        expect(row.found).toBe(typists.find((t) => t.name === row.name)?.typed);
      }
    },
    timeoutFor(durations.redisAway * 2),
  );

  it(
    'held edits are bounded by MAX_DOC_BYTES: at the bound the sender is closed with 4413, what was held is stored',
    async () => {
      redis = await startRedis({ appendfsync: 'always' });
      server = await startServer({ REDIS_URL: redis.url, MAX_DOC_BYTES: '200000' });
      const { docId, token } = await openDoc(server.httpUrl);
      const writer = new Typist('big', server.wsUrl, docId, token);
      typists.push(writer);
      await writer.client.synced();
      let closedWith = 0;
      writer.client.provider.on('connection-close', (event: CloseEvent | null) => {
        closedWith ||= event?.code ?? 0;
      });
      redis.pause();
      const text = writer.doc.getText('text');
      // 10 kB per edit until the server refuses to hold more.
      let sentBeforeClose = 0;
      for (let i = 0; i < 40 && closedWith === 0; i++) {
        text.insert(text.length, String(i % 10).repeat(10_000));
        if (writer.client.provider.wsconnected) sentBeforeClose = i + 1;
        await letTimePass(50); // paced, so the close is seen before the next edit
      }
      await waitFor(() => closedWith !== 0, { what: 'the connection closed at the bound' });
      expect(closedWith).toBe(CloseCode.documentTooLarge.code);
      expect(await status(server, '/healthz')).toBe(200);
      redis.resume();
      await waitFor(async () => (await status(server!, '/readyz')) === 200, { timeoutMs: 30_000 });
      // Ready means Redis answers again; the held edits are written by the room's next commit after
      // that (the one in flight first, then the rest together), so read until they are all there.
      const expected = (sentBeforeClose - 1) * 10_000;
      const readStored = async () => (await readBack(server!.wsUrl, docId, token)).getText('text').length;
      let stored = await readStored();
      await waitFor(
        async () => {
          stored = await readStored();
          return stored >= expected;
        },
        { timeoutMs: 30_000, intervalMs: 200, what: `${expected} characters stored` },
      ).catch(() => undefined);
      recordFigures('redis-away-bound', { maxDocBytes: 200_000, heldEdits: sentBeforeClose - 1, stored });
      // Every edit the server took before the bound was stored once Redis returned; the refused one not.
      expect(stored).toBe(expected);
    },
    timeoutFor(0),
  );
});
