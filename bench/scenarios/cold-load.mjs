import { compare } from '../lib/compare.mjs';
import { onServer } from '../lib/on-server.mjs';
import { sleep } from '../lib/procs.mjs';
import { forkWorker } from '../lib/workers.mjs';

// BENCH_SERVERS=ours: only these (A/B runs of two builds of ours).
const SERVERS = ['ours', 'ours-redis', 'ywss', 'ywss-leveldb', 'hp', 'hp-sqlite'].filter(
  (name) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(name),
);
const DOCS = {
  '5,000 records': { records: 5_000, expect: 5_000 },
  '5 MB doc': { blobs: 500, blobBytes: 10_000, expect: 500 },
};

/**
 * Scenario 4: a fresh client opens a large document. "In memory": another client keeps the room
 * open. "From store": the server was restarted (graceful stop, so every server has saved), the room
 * is not in memory. `synced` is the client's sync step 2; "ready" is when it is synced and holds every
 * record (a server that answers before its store has loaded reports synced early: "records at synced").
 */
export async function coldLoad({ quick }) {
  const runs = quick ? 1 : 3;
  const results = {};
  for (const [docKind, shape] of Object.entries(DOCS)) {
    results[docKind] = {};
    for (const name of SERVERS) {
      console.log(`  cold load ${docKind}: ${name}`);
      results[docKind][name] = await onServer(name, (d) => measure(d, shape, runs), 180_000);
    }
  }
  const rows = [];
  const comparisons = [];
  for (const [docKind, byServer] of Object.entries(results)) {
    for (const [name, r] of Object.entries(byServer)) {
      rows.push(
        r.error
          ? [docKind, name, `error: ${r.error}`]
          : [
              docKind,
              name,
              r.inMemory.readyMs,
              r.fromStore?.syncedMs ?? 'n/a',
              r.fromStore?.readyMs ?? 'n/a',
              r.fromStore ? `${r.fromStore.atSynced}/${shapeCount(docKind)}` : 'n/a',
            ],
      );
    }
    comparisons.push(
      ...compare(`cold load ${docKind} from store, ready ms`, byServer, (r) => r.fromStore?.readyMs),
      ...compare(`cold load ${docKind} in memory, ready ms`, byServer, (r) => r.inMemory?.readyMs),
    );
  }
  return {
    title: `4. Cold load (fresh client; median of ${runs} run${runs > 1 ? 's' : ''})`,
    columns: [
      'document',
      'server',
      'in memory: ready ms',
      'from store: synced ms',
      'from store: ready ms',
      'records at synced',
    ],
    rows,
    comparisons,
    results,
  };
}

const shapeCount = (docKind) => DOCS[docKind].expect;

async function measure(deployment, shape, runs) {
  const worker = forkWorker();
  try {
    const [doc] = await deployment.docs(1);
    const spec = deployment.clientSpec(doc, 0);
    await worker.call('writeDoc', { spec, ...shape });
    const inMemory = [];
    for (let i = 0; i < runs; i++)
      inMemory.push(await worker.call('coldLoad', { spec, expect: shape.expect }));
    await worker.call('dropKeeper');
    if (!deployment.target.persistent) return { inMemory: median(inMemory), fromStore: null };
    await sleep(3_000); // past every unload and store debounce (Hocuspocus stores on unload)
    const fromStore = [];
    for (let i = 0; i < runs; i++) {
      await deployment.kill('SIGTERM');
      await deployment.restart();
      fromStore.push(await worker.call('coldLoad', { spec, expect: shape.expect }));
    }
    return { inMemory: median(inMemory), fromStore: median(fromStore), runs: { inMemory, fromStore } };
  } finally {
    worker.stop();
  }
}

/** The run with the median ready time (a run that never got every record counts as slowest). */
function median(list) {
  const sorted = [...list].sort((a, b) => (a.readyMs ?? Infinity) - (b.readyMs ?? Infinity));
  const pick = sorted[Math.floor((sorted.length - 1) / 2)];
  const round = (x) => (x === null ? null : Math.round(x));
  return {
    syncedMs: round(pick.syncedMs),
    readyMs: round(pick.readyMs),
    atSynced: Math.min(...list.map((r) => r.atSynced)),
  };
}
