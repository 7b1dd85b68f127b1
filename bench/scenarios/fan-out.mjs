import { compare } from '../lib/compare.mjs';
import { onServer } from '../lib/on-server.mjs';
import { runRoom } from './room-load.mjs';

// BENCH_SERVERS=ours: only these (A/B runs of two builds of ours). `floor` is the harness's floor, not
// a baseline (bench/servers/relay-floor.mjs): shown in the table, left out of the ratios.
const SERVERS = ['ours', 'ours-redis', 'ywss', 'ywss-leveldb', 'hp', 'hp-sqlite', 'floor'].filter(
  (name) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(name),
);

/** Scenario 1: one room, C clients editing round-robin at 20 edits/s in total. */
export async function fanOut({ quick }) {
  // BENCH_FANOUT_C=100: only these sizes (A/B runs of the size that matters).
  const only = process.env.BENCH_FANOUT_C?.split(',').map(Number);
  const sizes = only ?? (quick ? [2, 25] : [2, 25, 100]);
  const durationMs = quick ? 10_000 : 20_000;
  const results = {};
  const comparisons = [];
  for (const people of sizes) {
    const byServer = {};
    for (const name of SERVERS) {
      console.log(`  fan-out C=${people}: ${name}`);
      byServer[name] = await onServer(name, (d) => runRoom(d, { people, durationMs }), 120_000);
    }
    results[`C=${people}`] = byServer;
    comparisons.push(
      ...compare(`fan-out C=${people} p99 ms`, byServer, (r) => r.latencyMs?.p99),
      ...compare(`fan-out C=${people} CPU s/1k deliveries`, byServer, (r) => r.cpuPer1kDeliveries),
    );
  }
  const rows = [];
  for (const [size, byServer] of Object.entries(results)) {
    for (const [name, r] of Object.entries(byServer)) {
      rows.push(
        r.error
          ? [size, name, `error: ${r.error}`]
          : [
              size,
              name,
              r.latencyMs.p50,
              r.latencyMs.p95,
              r.latencyMs.p99,
              r.latencyMs.max,
              r.allReceivedMs.p99,
              `${r.delivered}/${r.expected}`,
              r.cpuPer1kDeliveries,
              r.peakRssMB,
            ],
      );
    }
  }
  return {
    title: `1. Fan-out (one room, 20 edits/s of ~200 B, ${durationMs / 1000} s)`,
    columns: [
      'C',
      'server',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'all-received p99 ms',
      'delivered',
      'CPU s/1k deliveries',
      'peak RSS MB',
    ],
    rows,
    comparisons,
    results,
  };
}
