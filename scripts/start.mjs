#!/usr/bin/env node
// `npm start`: checks the settings first (a bad one is told at once, before any build), builds only
// the workspaces whose sources changed since their last build (see build-stamp.mjs), then runs the
// server in this process's place. A second start on an unchanged checkout builds nothing.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planBuild, recordBuilt } from './build-stamp.mjs';
import { settingsProblem } from './check-settings.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

const plan = planBuild(root);
const problem = await settingsProblem(root, process.env, !plan.some((part) => part.name === 'server'));
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(78); // EX_CONFIG, as the server itself exits
}

for (const workspace of plan) {
  console.log(`Building ${workspace.name} (its sources changed since the last build)…`);
  const result = spawnSync('npm', ['run', 'build', '-w', workspace.name], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  recordBuilt(root, workspace);
}
if (plan.length === 0) console.log('Nothing to build: every workspace is up to date.');
console.log(`Ready to start after ${((Date.now() - started) / 1000).toFixed(1)} s.`);

const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
