import { afterEach, describe, expect, it } from 'vitest';
import { openDoc } from '../helpers/programme.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { destroyAllClients } from '../helpers/yjs-client.js';
import { durations, timeoutFor } from './support/durations.js';
import { recordFigures } from './support/report.js';
import { nodesConverged, readBack, Typist, tally, totals } from './support/typists.js';

const ready = async (server: ServerProcess) =>
  (await fetch(`${server.httpUrl}/readyz`).catch(() => null))?.status === 200;

describe('chaos: redis-server SIGKILLed and restarted on its AOF (appendfsync always)', () => {
  let redis: RedisServer | undefined;
  const nodes: ServerProcess[] = [];
  const typists: Typist[] = [];
  afterEach(async () => {
    for (const typist of typists.splice(0)) typist.destroy();
    destroyAllClients();
    await Promise.all(nodes.splice(0).map((node) => node.stop()));
    await redis?.stop();
  });

  it(
    'two nodes serving four typists: every confirmed edit is there, nodes and clients recover by themselves',
    async () => {
      redis = await startRedis({ appendfsync: 'always' });
      nodes.push(await startServer({ REDIS_URL: redis.url }), await startServer({ REDIS_URL: redis.url }));
      const [a, b] = nodes as [ServerProcess, ServerProcess];
      const { docId, token } = await openDoc(a.httpUrl);
      for (const [i, node] of [a, a, b, b].entries())
        typists.push(new Typist(`t${i}`, node.wsUrl, docId, token));
      await Promise.all(typists.map((typist) => typist.client.synced()));
      for (const typist of typists) typist.start(20);
      await waitFor(() => typists.every((typist) => typist.confirmed > 20), { what: 'first confirmations' });

      await redis.kill('SIGKILL');
      const killedAt = Date.now();
      const confirmedAtKill = typists.map((typist) => typist.confirmed);
      await waitFor(async () => !(await ready(a)) && !(await ready(b)), { what: 'both nodes not ready' });
      // Redis stays down a moment, as a crashed service does before its supervisor restarts it.
      await letTimePass(1_000);
      const restartAt = Date.now();
      await redis.restart();
      await waitFor(() => typists.every((typist, i) => typist.confirmed > (confirmedAtKill[i] ?? 0)), {
        timeoutMs: 60_000,
        what: 'every client to be confirmed again without a manual reconnect',
      });
      const confirmingAgainMs = Date.now() - restartAt;
      await waitFor(async () => (await ready(a)) && (await ready(b)), { timeoutMs: 30_000, what: 'readyz' });
      const readyAgainMs = Date.now() - restartAt;
      for (const typist of typists) typist.stop();
      await Promise.all(typists.map((typist) => typist.allConfirmed(60_000)));

      // Live, both nodes' open rooms hold every confirmed edit and agree, and every client with them
      // (the cross-node relay carried on through the restart); then the read-back after restarting
      // the nodes shows what Redis alone holds.
      await nodesConverged([a.wsUrl, b.wsUrl], docId, token, typists);
      await Promise.all(nodes.map((node) => node.kill('SIGKILL')));
      const restarted = await Promise.all(nodes.map((node) => node.restart()));
      nodes.splice(0, 2, ...restarted);
      const fromRedis = await readBack(restarted[0]!.wsUrl, docId, token);
      const counts = totals(tally(fromRedis, typists));
      recordFigures('redis-kill', {
        ...counts,
        downMs: restartAt - killedAt,
        confirmingAgainMs,
        readyAgainMs,
      });
      for (const row of tally(fromRedis, typists)) expect(row.confirmedFound).toBe(row.confirmed);
      expect(counts.confirmed).toBeGreaterThan(0);
    },
    timeoutFor(durations.redisAway),
  );
});
