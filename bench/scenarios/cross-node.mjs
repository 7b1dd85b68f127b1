import { compare } from '../lib/compare.mjs';
import { onServer } from '../lib/on-server.mjs';
import { ratio } from '../lib/stats.mjs';
import { runRoom } from './room-load.mjs';

// BENCH_SERVERS=ours-2n: only these (A/B runs of two builds of ours). `floor-2n` is the harness's floor,
// not a baseline (bench/servers/relay-floor.mjs): shown in the table, left out of the ratios.
const SERVERS = ['ours-2n', 'hp-redis-2n', 'floor-2n'].filter(
  (name) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(name),
);

/**
 * Scenario 6: two nodes on one Redis, clients alternating between them, fan-out as in scenario 1;
 * each delivery is counted as same-node (sender and receiver on one node) or cross-node.
 */
export async function crossNode({ quick }) {
  const people = quick ? 25 : 100;
  const durationMs = quick ? 10_000 : 20_000;
  const results = {};
  for (const name of SERVERS) {
    console.log(`  cross-node C=${people}: ${name}`);
    results[name] = await onServer(name, (d) => runRoom(d, { people, durationMs }), 120_000);
  }
  const rows = Object.entries(results).map(([name, r]) =>
    r.error
      ? [name, `error: ${r.error}`]
      : [
          name,
          r.sameNodeMs.p50,
          r.sameNodeMs.p99,
          r.crossNodeMs.p50,
          r.crossNodeMs.p99,
          ratio(r.crossNodeMs.p99, r.sameNodeMs.p99),
          r.latencyMs.p99,
          `${r.delivered}/${r.expected}`,
          r.cpuPer1kDeliveries,
          r.redisCpuPer1kDeliveries,
        ],
  );
  return {
    title: `6. Cross-node (2 nodes on one Redis, C=${people}, 20 edits/s, ${durationMs / 1000} s)`,
    columns: [
      'server',
      'same-node p50 ms',
      'same-node p99 ms',
      'cross-node p50 ms',
      'cross-node p99 ms',
      'cross/same p99',
      'all p99 ms',
      'delivered',
      'nodes CPU s/1k',
      'Redis CPU s/1k',
    ],
    rows,
    comparisons: [
      ...compare(`two nodes C=${people} p99 ms`, results, (r) => r.latencyMs?.p99),
      ...compare(`two nodes C=${people} cross-node p99 ms`, results, (r) => r.crossNodeMs?.p99),
    ],
    results,
  };
}
