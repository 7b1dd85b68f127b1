import { onServer } from '../lib/on-server.mjs';
import { summarize } from '../lib/stats.mjs';
import { forkWorker } from '../lib/workers.mjs';

// BENCH_SERVERS=ours,ours-redis: only these (e.g. to compare two builds of ours quickly).
const SERVERS = ['ours', 'ours-redis', 'ywss-leveldb', 'hp-sqlite'].filter(
  (name) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(name),
);
const EDITS = 500;
const PACED_EDITS = 200;
const PACED_MS = 50;

/**
 * Scenario 5: 500 fast edits (one transaction each), the client leaves 50 ms after the last, the
 * server is SIGKILLed at once and restarted; a fresh client counts what survived. For our server,
 * also each edit's confirmation latency (sent → `saved` received). Each run starts from empty data.
 */
export async function durability({ quick }) {
  const runs = quick ? 1 : 3;
  const results = {};
  for (const name of SERVERS) {
    const list = [];
    for (let run = 0; run < runs; run++) {
      console.log(`  durability run ${run + 1}/${runs}: ${name}`);
      list.push(await onServer(name, crashRun, 90_000));
    }
    const ok = list.filter((r) => !r.error);
    const ours = name.startsWith('ours');
    const paced = ours ? await onServer(name, pacedRun, 60_000) : null;
    results[name] = {
      survived: list.map((r) => (r.error ? `error: ${r.error}` : r.survived)),
      confirmedAtLeave: ok.map((r) => r.confirmedAtLeave),
      confirmMs: ours ? summarize(ok.flatMap((r) => r.confirmLatencies)) : null,
      pacedConfirmMs: paced ? (paced.error ? null : summarize(paced.confirmLatencies)) : null,
    };
  }
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    r.survived.map((n) => `${n}/${EDITS}`).join(', '),
    r.confirmMs ? r.confirmedAtLeave.map((n) => `${n}/${EDITS}`).join(', ') : 'n/a',
    r.confirmMs?.p50 ?? 'n/a',
    r.confirmMs?.p99 ?? 'n/a',
    r.confirmMs?.max ?? 'n/a',
    r.pacedConfirmMs?.p50 ?? 'n/a',
    r.pacedConfirmMs?.p99 ?? 'n/a',
  ]);
  return {
    title: `5. Durability (${EDITS} fast edits, client gone 50 ms after the last, SIGKILL, restart; ${runs} run${runs > 1 ? 's' : ''})`,
    columns: [
      'server',
      'edits survived',
      'confirmed before leaving',
      'burst: confirm p50 ms',
      'p99 ms',
      'max ms',
      `paced (${PACED_EDITS} edits, ${PACED_MS} ms apart): confirm p50 ms`,
      'p99 ms',
    ],
    rows,
    comparisons: [],
    results,
  };
}

/** Confirmation latency at a typing pace (no crash): what a user's `saved` indicator waits for. */
async function pacedRun(deployment) {
  const worker = forkWorker();
  try {
    const [doc] = await deployment.docs(1);
    const spec = deployment.clientSpec(doc, 0);
    return await worker.call('durabilityRun', {
      spec,
      edits: PACED_EDITS,
      goneAfterMs: 200,
      spacingMs: PACED_MS,
    });
  } finally {
    worker.stop();
  }
}

async function crashRun(deployment) {
  const worker = forkWorker();
  try {
    const [doc] = await deployment.docs(1);
    const spec = deployment.clientSpec(doc, 0);
    const edited = await worker.call('durabilityRun', { spec, edits: EDITS, goneAfterMs: 50 });
    await deployment.kill('SIGKILL');
    await deployment.restart();
    const { count } = await worker.call('countEntries', { spec, name: 'd' });
    return {
      survived: count,
      confirmedAtLeave: edited.confirmedAtLeave,
      confirmLatencies: edited.confirmLatencies,
    };
  } finally {
    worker.stop();
  }
}
