#!/usr/bin/env node
// Makes sure the system programs the tests use are present: redis-server, Chromium and pdftotext
// (Debian packages). As root on Debian it installs what is missing with apt-get; otherwise it fails naming
// the packages. Never downloads a browser of its own.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const needed = [
  {
    command: 'redis-server',
    pkg: 'redis-server',
    paths: ['/usr/bin/redis-server', '/usr/sbin/redis-server'],
  },
  { command: 'chromium', pkg: 'chromium', paths: ['/usr/bin/chromium'] },
  { command: 'pdftotext', pkg: 'poppler-utils', paths: ['/usr/bin/pdftotext'] },
];

const onPath = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
const missing = needed.filter((dep) => !onPath(dep.command) && !dep.paths.some((p) => fs.existsSync(p)));
if (missing.length === 0) process.exit(0);

const packages = missing.map((dep) => dep.pkg);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = onPath('apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Missing system packages: ${packages.join(', ')}.\n` +
      `Install them (Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}) and run the tests again.`,
  );
  process.exit(1);
}
console.log(`Installing Debian packages the tests need: ${packages.join(', ')}`);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env,
  });
} catch {
  console.error(
    `apt-get could not install ${packages.join(', ')}; install them by hand and run the tests again.`,
  );
  process.exit(1);
}
