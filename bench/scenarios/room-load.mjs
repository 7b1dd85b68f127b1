/**
 * One busy room: `people` clients (the first `editors` of them edit round-robin at `editsPerSecond`
 * in total, ~200 bytes each), optionally every client moving its cursor at `cursorHz`. Measures each
 * delivery's latency (send → every other client has it), CPU per 1,000 deliveries and peak RSS.
 * Shared by fan-out, big plenary and cross-node.
 */

import { startSampler } from '../lib/proc-stats.mjs';
import { sleep } from '../lib/procs.mjs';
import { redisStats } from '../lib/redis.mjs';
import { mb, summarize } from '../lib/stats.mjs';
import { forkWorkers, spread } from '../lib/workers.mjs';
import { now } from '../load/client.mjs';

const SETTLE_MS = 1_500;

export async function runRoom(
  deployment,
  { people, editors = people, durationMs, editsPerSecond = 20, cursorHz = 0, applyAwareness = true },
) {
  const servers = startSampler(deployment.serverPids);
  const redis = startSampler(deployment.redisPids);
  const workers = forkWorkers(Math.min(4, Math.ceil(people / 75)));
  try {
    const [doc] = await deployment.docs(1);
    const specs = Array.from({ length: people }, (_, i) =>
      deployment.clientSpec(doc, i, {
        editor: i < editors ? i : undefined,
        awareness: true,
        applyAwareness,
      }),
    );
    const lists = spread(specs, workers.workers.length);
    const connected = await workers.all('connect', (i) => ({ specs: lists[i], concurrency: 20 }));
    const failed = connected.reduce((sum, r) => sum + r.failed, 0);
    if (failed > 0)
      throw new Error(`${failed} clients failed to connect: ${connected.flatMap((r) => r.errors)[0]}`);
    await sleep(1_000);
    await workers.all('awarenessCounts');
    await workers.all('traffic');
    const redis0 = deployment.redisUrl ? await redisStats(deployment.redisUrl) : null;
    const cpu0 = servers.cpu();
    const redisCpu0 = redis.cpu();
    const count = Math.round((durationMs / 1000) * editsPerSecond);
    const startAt = now() + 200;
    const args = { startAt, intervalMs: 1000 / editsPerSecond, count, editors, padBytes: 200 };
    const cursorRun = cursorHz > 0 ? workers.all('cursors', () => ({ hz: cursorHz, durationMs })) : null;
    await Promise.all([workers.all('edits', () => args), cursorRun]);
    const awareness = (await workers.all('awarenessCounts')).reduce(
      (sum, c) => ({ messages: sum.messages + c.messages, bytes: sum.bytes + c.bytes }),
      { messages: 0, bytes: 0 },
    );
    const activeSeconds = (now() - startAt) / 1000;
    await sleep(SETTLE_MS);
    const bytesIn = (await workers.all('traffic')).reduce((sum, t) => sum + t.bytes, 0);
    const redis1 = redis0 && deployment.redisUrl ? await redisStats(deployment.redisUrl) : null;
    const cpu = servers.cpu() - cpu0;
    const redisCpu = redis.cpu() - redisCpu0;
    const collected = await workers.all('collect');
    const same = collected.flatMap((c) => c.same);
    const cross = collected.flatMap((c) => c.cross);
    const delivered = same.length + cross.length;
    return {
      people,
      editors,
      edits: count,
      expected: count * (people - 1),
      delivered,
      latencyMs: summarize([...same, ...cross]),
      ...(deployment.nodeCount > 1 ? { sameNodeMs: summarize(same), crossNodeMs: summarize(cross) } : {}),
      allReceivedMs: summarize(completedEdits(collected, people - 1)),
      cpuPer1kDeliveries: delivered ? round3(cpu / (delivered / 1000)) : null,
      redisCpuPer1kDeliveries:
        delivered && deployment.redisPids().length ? round3(redisCpu / (delivered / 1000)) : undefined,
      serverCpuPercent: Math.round((cpu / (activeSeconds + SETTLE_MS / 1000)) * 100),
      peakRssMB: mb(servers.peak()),
      // What one person's device receives, edits and presence together (cursors when they move).
      bytesPerPersonPerSec: Math.round(bytesIn / people / (activeSeconds + SETTLE_MS / 1000)),
      ...(redis0 && redis1
        ? {
            redisCommandsPerEdit: round3((redis1.commands - redis0.commands) / count),
            redisBytesPerEdit: Math.round(
              (redis1.netInBytes - redis0.netInBytes + redis1.netOutBytes - redis0.netOutBytes) / count,
            ),
          }
        : {}),
      ...(cursorHz > 0
        ? {
            awarenessMsgsPerSec: Math.round(awareness.messages / activeSeconds),
            awarenessKBPerSec: Math.round(awareness.bytes / 1024 / activeSeconds),
          }
        : {}),
    };
  } finally {
    servers.stop();
    redis.stop();
    await workers.all('close').catch(() => undefined);
    workers.stop();
  }
}

/** For each edit every recipient got: the time until the last of them had it. */
function completedEdits(collected, recipients) {
  const merged = new Map();
  for (const { perEdit } of collected) {
    for (const [key, [count, max]] of perEdit) {
      const seen = merged.get(key) ?? [0, 0];
      merged.set(key, [seen[0] + count, Math.max(seen[1], max)]);
    }
  }
  return [...merged.values()].filter(([count]) => count >= recipients).map(([, max]) => max);
}

const round3 = (x) => Math.round(x * 1000) / 1000;
