/**
 * `npm run bench [-- --quick] [-- --only fan-out,durability]`: installs the bench's own dependencies
 * on first run, builds the server if needed, then runs the scenarios against every server and
 * writes bench/results/<date>.json and .md. Only Node built-ins are imported before the install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCENARIOS = [
  'fan-out',
  'plenary',
  'many-rooms',
  'cold-load',
  'durability',
  'cross-node',
  'browser',
  'import-health',
  'capacity',
  'networks',
];

function parseArgs(argv) {
  const quick = argv.includes('--quick');
  const at = argv.indexOf('--only');
  const only = at === -1 ? SCENARIOS : (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = only.filter((name) => !SCENARIOS.includes(name));
  if (unknown.length || only.length === 0) {
    console.error(`usage: npm run bench -- [--quick] [--only ${SCENARIOS.join(',')}]`);
    process.exit(2);
  }
  return { quick, only };
}

function run(command, args, cwd) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`failed: ${command} ${args.join(' ')}`);
    process.exit(1);
  }
}

function prepare() {
  if (!existsSync(`${BENCH}node_modules`))
    run('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], ROOT);
  if (!existsSync(`${ROOT}server/dist/main.js`)) {
    run('npm', ['run', 'build', '-w', 'shared'], ROOT);
    run('npm', ['run', 'build', '-w', 'server'], ROOT);
  }
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).error) {
    console.error(
      'redis-server not found: install the Debian package redis-server (apt-get install redis-server)',
    );
    process.exit(1);
  }
}

async function main() {
  const { quick, only } = parseArgs(process.argv.slice(2));
  prepare();
  const { installCleanup, killAll } = await import('./lib/procs.mjs');
  const { machine, writeResults, printRatios } = await import('./lib/report.mjs');
  installCleanup();
  const runners = {
    'fan-out': (await import('./scenarios/fan-out.mjs')).fanOut,
    plenary: (await import('./scenarios/plenary.mjs')).plenary,
    'many-rooms': (await import('./scenarios/many-rooms.mjs')).manyRooms,
    'cold-load': (await import('./scenarios/cold-load.mjs')).coldLoad,
    durability: (await import('./scenarios/durability.mjs')).durability,
    'cross-node': (await import('./scenarios/cross-node.mjs')).crossNode,
    browser: (await import('./scenarios/browser.mjs')).browser,
    'import-health': (await import('./scenarios/import-health.mjs')).importHealth,
    capacity: (await import('./scenarios/capacity.mjs')).capacity,
    networks: (await import('./scenarios/networks.mjs')).networks,
  };
  const info = machine();
  console.log(`bench${quick ? ' --quick' : ''}: ${info.nproc} cores, ${info.cpu}, Node ${info.node}`);
  const scenarios = {};
  const started = Date.now();
  try {
    for (const name of only) {
      console.log(`\n${name}`);
      const t0 = Date.now();
      scenarios[name] = await runners[name]({ quick });
      printRatios(scenarios[name].comparisons);
      console.log(`  (${Math.round((Date.now() - t0) / 1000)} s)`);
    }
  } finally {
    killAll();
  }
  const date = new Date().toISOString().slice(0, 10);
  const files = writeResults({ date, quick, scenarios, info });
  console.log(`\ndone in ${Math.round((Date.now() - started) / 1000)} s: ${files.md}`);
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
