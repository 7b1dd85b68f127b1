#!/usr/bin/env node
// `npm start`: builds only what changed since the last build, checks the settings before the slow
// client build, then runs the server in this process's place. A second start on an unchanged checkout
// skips every build and answers in a few seconds.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampDir = path.join(root, 'node_modules', '.cache', 'mentoring-board');
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results']);

/** Every file under `dirs` (and the single `files`), as path + size + mtime: cheap, and any edit changes it. */
function fingerprint(dirs, files) {
  const hash = crypto.createHash('sha256');
  const add = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat) hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  const walk = (dir) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else add(full);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  for (const file of files) add(file);
  return hash.digest('hex');
}

const at = (...parts) => path.join(root, ...parts);
const common = [at('package-lock.json'), at('tsconfig.base.json')];
const parts = {
  server: {
    inputs: () => fingerprint([at('shared'), at('server')], common),
    outputs: [at('shared/dist'), at('server/dist/main.js')],
    build: [
      ['run', 'build', '-w', 'shared'],
      ['run', 'build', '-w', 'server'],
    ],
  },
  client: {
    inputs: () => fingerprint([at('shared'), at('client')], common),
    outputs: [at('client/dist/index.html')],
    build: [['run', 'build', '-w', 'client']],
  },
};

function stampFile(name) {
  return path.join(stampDir, `${name}.stamp`);
}

function readStamp(name) {
  try {
    return fs.readFileSync(stampFile(name), 'utf8');
  } catch {
    return '';
  }
}

/** Builds `name` unless its outputs exist and its inputs are unchanged since the last build. */
function ensureBuilt(name) {
  const part = parts[name];
  const before = part.inputs();
  const fresh = part.outputs.every((file) => fs.existsSync(file)) && readStamp(name) === before;
  if (fresh) return;
  console.log(`Building the ${name} (sources changed since the last build)…`);
  for (const args of part.build) {
    const result = spawnSync('npm', args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  fs.mkdirSync(stampDir, { recursive: true });
  // The stamp is the fingerprint taken before building: an edit made during the build rebuilds next time.
  fs.writeFileSync(stampFile(name), before);
}

/** Checks the environment with the server's own config parser, so a bad setting is told at once. */
async function checkSettings() {
  const configModule = at('server/dist/config.js');
  const { ConfigError, loadConfig } = await import(pathToFileURL(configModule).href);
  try {
    loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG, as the server itself exits
  }
}

fs.mkdirSync(stampDir, { recursive: true });
ensureBuilt('server');
await checkSettings();
ensureBuilt('client');

const server = spawn(process.execPath, [at('server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
