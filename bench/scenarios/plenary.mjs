import { compare } from '../lib/compare.mjs';
import { onServer } from '../lib/on-server.mjs';
import { runRoom } from './room-load.mjs';

// BENCH_SERVERS=ours: only these (A/B runs of two builds of ours).
const SERVERS = ['ours', 'ywss', 'hp'].filter(
  (name) => !process.env.BENCH_SERVERS || process.env.BENCH_SERVERS.split(',').includes(name),
);

/**
 * Scenario 2: one room with editors and read-only viewers, everyone's cursor moving at 10 Hz; run at
 * two sizes so that the growth of awareness traffic shows (exponent 1: linear, 2: quadratic).
 * Clients count awareness messages without applying them, so the load generators keep up.
 */
export async function plenary({ quick }) {
  const sizes = quick
    ? [
        { editors: 10, viewers: 20 },
        { editors: 25, viewers: 50 },
      ]
    : [
        { editors: 25, viewers: 50 },
        { editors: 100, viewers: 200 },
      ];
  const durationMs = 10_000;
  const results = {};
  for (const { editors, viewers } of sizes) {
    const key = `${editors}+${viewers}`;
    results[key] = {};
    for (const name of SERVERS) {
      console.log(`  plenary ${key}: ${name}`);
      results[key][name] = await onServer(
        name,
        (d) =>
          runRoom(d, { people: editors + viewers, editors, durationMs, cursorHz: 10, applyAwareness: false }),
        150_000,
      );
    }
  }
  const [small, large] = sizes.map(({ editors, viewers }) => `${editors}+${viewers}`);
  const growth = {};
  const people = sizes.map(({ editors, viewers }) => editors + viewers);
  const scale = Math.log((people[1] ?? Number.NaN) / (people[0] ?? Number.NaN));
  for (const name of SERVERS) {
    const a = results[small][name];
    const b = results[large][name];
    if (a?.error || b?.error) continue;
    growth[name] = {
      messages: round2(Math.log(b.awarenessMsgsPerSec / a.awarenessMsgsPerSec) / scale),
      bytes: round2(Math.log(b.awarenessKBPerSec / a.awarenessKBPerSec) / scale),
    };
  }
  const rows = [];
  for (const [key, byServer] of Object.entries(results)) {
    for (const [name, r] of Object.entries(byServer)) {
      rows.push(
        r.error
          ? [key, name, `error: ${r.error}`]
          : [
              key,
              name,
              r.latencyMs.p50,
              r.latencyMs.p99,
              `${r.delivered}/${r.expected}`,
              r.awarenessMsgsPerSec,
              r.awarenessKBPerSec,
              key === large ? (growth[name]?.messages ?? 'n/a') : '',
              key === large ? (growth[name]?.bytes ?? 'n/a') : '',
              r.serverCpuPercent,
              r.peakRssMB,
            ],
      );
    }
  }
  return {
    title: `2. Big plenary (editors + viewers, cursors at 10 Hz each, 20 edits/s, ${durationMs / 1000} s)`,
    columns: [
      'people',
      'server',
      'edit p50 ms',
      'edit p99 ms',
      'delivered',
      'awareness msgs/s sent',
      'awareness KB/s',
      'growth exponent (msgs)',
      'growth exponent (bytes)',
      'server CPU %',
      'peak RSS MB',
    ],
    rows,
    comparisons: [
      ...compare(`plenary ${large} edit p99 ms`, results[large], (r) => r.latencyMs?.p99),
      ...compare(`plenary ${large} awareness msgs/s`, results[large], (r) => r.awarenessMsgsPerSec),
    ],
    results: { ...results, growth },
  };
}

const round2 = (x) => Math.round(x * 100) / 100;
