import { afterEach, describe, expect, it } from 'vitest';
import { TEST_SECRET } from '../helpers/access.js';
import { openDoc } from '../helpers/programme.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass } from '../helpers/wait.js';
import { destroyAllClients } from '../helpers/yjs-client.js';
import { durations, timeoutFor } from './support/durations.js';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy.js';
import { recordFigures } from './support/report.js';
import { chaosSeed, seededRandom } from './support/seeded.js';
import { nodesConverged, Typist, tally, totals } from './support/typists.js';

const FAULTS = ['kill-node', 'kill-redis', 'pause-net', 'slow-net', 'cut-net', 'drop-clients'] as const;
type Fault = (typeof FAULTS)[number];

describe('chaos: random faults, seeded (CHAOS_SEED replays a run)', () => {
  let redis: RedisServer | undefined;
  const proxies: FaultProxy[] = [];
  const nodes: ServerProcess[] = [];
  const typists: Typist[] = [];
  afterEach(async () => {
    for (const typist of typists.splice(0)) typist.destroy();
    destroyAllClients();
    redis?.resume();
    await Promise.all(nodes.splice(0).map((node) => node.stop()));
    await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
    await redis?.stop();
  });

  it(
    'two nodes behind fault proxies, four typists: every confirmed edit on every node, every client converged',
    async () => {
      // `npm test` replays one schedule, so that a red run there can be replayed as it was: this seed
      // draws Redis kills (the fault that once stopped the cross-node relay) among its faults.
      // CHAOS_SEED replays another; the long form (`npm run chaos`) draws a new one each run.
      const fixed = !process.env.CHAOS_SEED && process.env.CHAOS_LONG !== '1';
      const seed = fixed ? 103 : chaosSeed();
      process.stdout.write(`[chaos] random faults with CHAOS_SEED=${seed}\n`);
      const random = seededRandom(seed);
      const between = (min: number, max: number) => Math.floor(min + random() * (max - min));
      redis = await startRedis({ appendfsync: 'always' });
      for (let i = 0; i < 2; i++) {
        const proxy = await startFaultProxy(redis.port);
        proxies.push(proxy);
        nodes.push(await startServer({ SECRET: TEST_SECRET, REDIS_URL: proxy.url }));
      }
      const { docId, token } = await openDoc(nodes[0]!.httpUrl);
      // Typist i is served by node i % 2 (moved to the other node while its own is down).
      for (let i = 0; i < 4; i++) typists.push(new Typist(`t${i}`, nodes[i % 2]!.wsUrl, docId, token));
      await Promise.all(typists.map((typist) => typist.client.synced()));
      for (const typist of typists) typist.start(between(20, 80));

      const log: string[] = [];
      const deadline = Date.now() + durations.randomFaults;
      while (Date.now() < deadline) {
        const fault: Fault = FAULTS[between(0, FAULTS.length)] as Fault;
        const which = between(0, 2);
        const lasts = between(300, 2_500);
        log.push(`${fault}#${which}/${lasts}ms`);
        const proxy = proxies[which] as FaultProxy;
        switch (fault) {
          case 'kill-node': {
            const node = nodes[which] as ServerProcess;
            const other = nodes[1 - which] as ServerProcess;
            await node.kill('SIGKILL');
            for (const typist of typists.filter((_, i) => i % 2 === which)) typist.moveTo(other.wsUrl);
            await letTimePass(lasts); // the node stays down this long
            nodes[which] = await node.restart();
            for (const typist of typists.filter((_, i) => i % 2 === which))
              typist.moveTo(nodes[which]!.wsUrl);
            break;
          }
          case 'kill-redis':
            await redis.kill('SIGKILL');
            await letTimePass(lasts); // Redis stays down this long
            await redis.restart();
            break;
          case 'pause-net':
          case 'slow-net':
          case 'cut-net':
            proxy.set(
              fault === 'pause-net'
                ? { kind: 'pause' }
                : fault === 'cut-net'
                  ? { kind: 'cut' }
                  : { kind: 'delay', ms: between(20, 300) },
            );
            await letTimePass(lasts); // the network fault lasts this long
            proxy.set({ kind: 'pass' });
            break;
          case 'drop-clients':
            // The client's socket closes under it; y-websocket reconnects by itself.
            for (const typist of typists.filter((_, i) => i % 2 === which))
              typist.client.provider.ws?.close();
            break;
        }
        await letTimePass(between(200, 1_500)); // calm between faults
      }
      for (const typist of typists) typist.stop();
      await Promise.all(typists.map((typist) => typist.allConfirmed(90_000)));
      const views = await nodesConverged(
        nodes.map((node) => node.wsUrl),
        docId,
        token,
        typists,
      );
      const perNode = views.map((view) => totals(tally(view, typists)));
      recordFigures('random-faults', { seed, faults: log.length, schedule: log, perNode });
      for (const view of views) {
        for (const row of tally(view, typists)) {
          expect(row.confirmedFound, `CHAOS_SEED=${seed}: ${row.name}`).toBe(row.confirmed);
        }
      }
      expect(perNode[0]!.confirmed).toBeGreaterThan(0);
    },
    timeoutFor(durations.randomFaults),
  );
});
