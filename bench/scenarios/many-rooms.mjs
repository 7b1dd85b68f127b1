import { compare } from '../lib/compare.mjs';
import { onServer } from '../lib/on-server.mjs';
import { startSampler } from '../lib/proc-stats.mjs';
import { sleep } from '../lib/procs.mjs';
import { kb, mb, summarize } from '../lib/stats.mjs';
import { forkWorkers, spread } from '../lib/workers.mjs';

// BENCH_SERVERS=ours,ours-redis: only these (A/B runs of two builds of ours).
const SERVERS = ['ours', 'ours-redis', 'ywss', 'hp', 'hp-sqlite'].filter(
  (name) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(name),
);
const PER_ROOM = 4;
/** Longer than every server's unload delay (ours: ROOM_IDLE_MS 10 s by default). */
const AFTER_LEAVE_MS = 13_000;

/**
 * Scenario 3: R rooms x 4 clients, each room's document seeded with 20 small records. Connect+sync
 * time; RSS per room and per connection while connected and idle; RSS left after every client left.
 */
export async function manyRooms({ quick }) {
  // BENCH_ROOMS=1000: only these sizes (A/B runs of the size that matters).
  const only = process.env.BENCH_ROOMS?.split(',').map(Number);
  const sizes = only ?? (quick ? [50] : [50, 250, 1000]);
  // BENCH_PER_ROOM=1 with BENCH_ROOMS=10000: the capacity scenario's idle rooms alone.
  const perRoom = Number(process.env.BENCH_PER_ROOM ?? PER_ROOM);
  const results = {};
  for (const rooms of sizes) {
    results[`R=${rooms}`] = {};
    for (const name of SERVERS) {
      console.log(`  many rooms R=${rooms}: ${name}`);
      results[`R=${rooms}`][name] = await onServer(
        name,
        (d) => runRooms(d, { rooms, perRoom }),
        rooms > 1000 ? 900_000 : 240_000,
      );
    }
  }
  const rows = [];
  const comparisons = [];
  for (const [key, byServer] of Object.entries(results)) {
    for (const [name, r] of Object.entries(byServer)) {
      rows.push(
        r.error
          ? [key, name, `error: ${r.error}`]
          : [
              key,
              name,
              r.connectSyncMs.p50,
              r.connectSyncMs.p99,
              r.rssPerRoomKB,
              r.rssPerConnectionKB,
              r.docBytes,
              r.baselineRssMB,
              r.connectedRssMB,
              r.afterLeaveRssMB,
              r.retainedPerRoomKB,
            ],
      );
    }
    comparisons.push(
      ...compare(`many rooms ${key} connect+sync p99 ms`, byServer, (r) => r.connectSyncMs?.p99),
      ...compare(`many rooms ${key} RSS/room KB`, byServer, (r) => r.rssPerRoomKB),
    );
  }
  return {
    title: `3. Many rooms (R rooms x ${perRoom} clients; RSS after leaving measured ${AFTER_LEAVE_MS / 1000} s later)`,
    columns: [
      'R',
      'server',
      'connect+sync p50 ms',
      'p99 ms',
      'RSS/room KB',
      'RSS/conn KB',
      'doc bytes',
      'RSS before MB',
      'RSS connected MB',
      'RSS after leave MB',
      'kept/room KB',
    ],
    rows,
    comparisons,
    results,
  };
}

/**
 * R rooms of `perRoom` clients each: connect+sync, RSS while connected, RSS after all left and every
 * room's idle time passed. Shared with the capacity scenario (10,000 idle rooms).
 */
export async function runRooms(deployment, { rooms, perRoom = PER_ROOM, afterLeaveMs = AFTER_LEAVE_MS }) {
  const sampler = startSampler(deployment.serverPids);
  const workers = forkWorkers(Math.min(4, Math.ceil((rooms * perRoom) / 400)));
  try {
    const docs = await deployment.docs(rooms);
    await sleep(1_000);
    const baseline = sampler.rss();
    const specs = docs.flatMap((doc) =>
      Array.from({ length: perRoom }, (_, j) =>
        deployment.clientSpec(doc, j, { seed: j === 0, awareness: true }),
      ),
    );
    // A room's clients stay in one worker, next to each other, so each room fills up at once.
    const lists = spread(
      docs.map((_, r) => specs.slice(r * perRoom, (r + 1) * perRoom)),
      workers.workers.length,
    ).map((roomsOfWorker) => roomsOfWorker.flat());
    const connected = await workers.all('connect', (i) => ({ specs: lists[i], concurrency: 25 }));
    const failed = connected.reduce((sum, r) => sum + r.failed, 0);
    if (failed > 0) throw new Error(`${failed} clients failed: ${connected.flatMap((r) => r.errors)[0]}`);
    const seeded = await workers.all('seed', () => ({ records: 20, recordBytes: 100 }));
    await sleep(3_000);
    const connectedRss = sampler.rss();
    await workers.all('close');
    await sleep(afterLeaveMs);
    const afterLeave = sampler.rss();
    const grown = connectedRss - baseline;
    return {
      connections: rooms * perRoom,
      connectSyncMs: summarize(connected.flatMap((r) => r.connectMs)),
      docBytes: Math.max(...seeded.map((s) => s.docBytes)),
      baselineRssMB: mb(baseline),
      connectedRssMB: mb(connectedRss),
      afterLeaveRssMB: mb(afterLeave),
      rssPerRoomKB: kb(grown / rooms),
      rssPerConnectionKB: kb(grown / (rooms * perRoom)),
      retainedPerRoomKB: kb((afterLeave - baseline) / rooms),
    };
  } finally {
    sampler.stop();
    workers.stop();
  }
}
