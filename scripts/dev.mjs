#!/usr/bin/env node
// Watch mode: recompiles shared and server on change and restarts the server; Vite serves the
// client with hot reload on :5173 and proxies /api, /yjs and /socket.io to the server on :3000.
import { spawn, spawnSync } from 'node:child_process';

const run = (command, args) => spawn(command, args, { stdio: 'inherit', shell: false });
spawnSync('npx', ['tsc', '-p', 'shared/tsconfig.build.json'], { stdio: 'inherit' });
spawnSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit' });
const children = [
  run('npx', ['tsc', '-p', 'shared/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run('npx', ['tsc', '-p', 'server/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run('node', ['--watch-path=server/dist', '--watch-path=shared/dist', 'server/dist/main.js']),
  run('npx', ['vite', 'client']),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
