// `node bench/one.mjs <scenario> [--quick]`: one scenario alone, its raw result printed as JSON (for
// A/B runs of two builds with BENCH_OURS_ENTRY; nothing is written to bench/results).
import { installCleanup, killAll } from './lib/procs.mjs';

const [name = '', ...rest] = process.argv.slice(2);
/** @type {Record<string, [string, string]>} */
const modules = {
  'cold-load': ['./scenarios/cold-load.mjs', 'coldLoad'],
  'cross-node': ['./scenarios/cross-node.mjs', 'crossNode'],
  durability: ['./scenarios/durability.mjs', 'durability'],
  'import-health': ['./scenarios/import-health.mjs', 'importHealth'],
  'fan-out': ['./scenarios/fan-out.mjs', 'fanOut'],
  'many-rooms': ['./scenarios/many-rooms.mjs', 'manyRooms'],
  networks: ['./scenarios/networks.mjs', 'networks'],
  plenary: ['./scenarios/plenary.mjs', 'plenary'],
};
const entry = modules[name];
if (!entry) {
  console.error(`usage: node bench/one.mjs ${Object.keys(modules).join('|')} [--quick]`);
  process.exit(2);
}
installCleanup();
try {
  const [path, exported] = entry;
  const run = (await import(path))[exported];
  const result = await run({ quick: rest.includes('--quick') });
  console.log(JSON.stringify({ title: result.title, columns: result.columns, rows: result.rows }, null, 1));
} finally {
  killAll();
}
