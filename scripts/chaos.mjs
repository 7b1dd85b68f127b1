#!/usr/bin/env node
// `npm run chaos`: the fault suite's long form (each fault held as long as test/chaos/README.md
// says). Builds the server first, as the suite starts server/dist. CHAOS_SEED=<n> replays the random
// faults of a failed run; `--short` runs the short form that `npm test` runs.
import { spawnSync } from 'node:child_process';

const short = process.argv.includes('--short');
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', 'build', '-w', 'shared']);
run('npm', ['run', 'build', '-w', 'server']);
run('npx', ['vitest', 'run', '--project', 'integration', 'test/chaos'], short ? {} : { CHAOS_LONG: '1' });
