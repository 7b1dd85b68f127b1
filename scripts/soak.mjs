#!/usr/bin/env node
// `npm run soak [-- --minutes N]`: a workshop day compressed (default 24 minutes: 8 h at 20x).
// Builds the server first; writes the curve to bench/results/soak-<date>-<N>min.{csv,md}.
import { spawnSync } from 'node:child_process';

const at = process.argv.indexOf('--minutes');
const minutes = at === -1 ? '24' : process.argv[at + 1];
if (!minutes || !/^\d+(\.\d+)?$/.test(minutes) || Number(minutes) <= 0) {
  console.error('usage: npm run soak -- [--minutes N]   (N > 0; default 24 = 8 h at 20x)');
  process.exit(2);
}
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', 'build', '-w', 'shared']);
run('npm', ['run', 'build', '-w', 'server']);
run('npx', ['vitest', 'run', '--project', 'soak'], { SOAK_MINUTES: minutes });
