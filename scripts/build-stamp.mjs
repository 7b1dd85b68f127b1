// Which workspaces `npm start` must build: each build leaves a stamp in its own output folder, the
// fingerprint of the inputs it was built from; a workspace is rebuilt only when that fingerprint
// changed or its output is missing. Kept apart from start.mjs so the decision can be tested alone.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', '.vite']);
const STAMP = '.build-stamp';

/**
 * The workspaces in build order: `inputs` are folders (walked) and files under the root, `output` the
 * build folder that holds the stamp, `ready` a file the build must have produced. A workspace's
 * inputs include shared's, since it is compiled or bundled against shared's sources.
 */
export const WORKSPACES = [
  { name: 'shared', inputs: ['shared'], output: 'shared/dist', ready: 'shared/dist/schema/api.js' },
  { name: 'server', inputs: ['shared', 'server'], output: 'server/dist', ready: 'server/dist/main.js' },
  { name: 'client', inputs: ['shared', 'client'], output: 'client/dist', ready: 'client/dist/index.html' },
];

/** Files every workspace depends on: a changed dependency or compiler setting rebuilds them all. */
const COMMON = ['package.json', 'package-lock.json', 'tsconfig.base.json'];

/**
 * Fingerprint of `inputs` under `root`: every file's path, size and modification time (cheap to
 * read, and any save changes it), sorted so the walk order does not matter.
 */
export function fingerprint(root, inputs) {
  const hash = crypto.createHash('sha256');
  const add = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  };
  const walk = (dir) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (SKIP.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else add(full);
    }
  };
  for (const input of [...inputs, ...COMMON]) {
    const full = path.join(root, input);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(full);
    else add(full);
  }
  return hash.digest('hex');
}

function readStamp(root, workspace) {
  try {
    return fs.readFileSync(path.join(root, workspace.output, STAMP), 'utf8');
  } catch {
    return '';
  }
}

/**
 * The workspaces to build, in order, each with the fingerprint to stamp once built (taken before
 * building: a file saved during the build makes the next start rebuild, never a stale build pass).
 */
export function planBuild(root) {
  return WORKSPACES.flatMap((workspace) => {
    const inputs = fingerprint(root, workspace.inputs);
    const fresh = fs.existsSync(path.join(root, workspace.ready)) && readStamp(root, workspace) === inputs;
    return fresh ? [] : [{ ...workspace, fingerprint: inputs }];
  });
}

/** Records a successful build of `workspace` (an entry of {@link planBuild}). */
export function recordBuilt(root, workspace) {
  fs.mkdirSync(path.join(root, workspace.output), { recursive: true });
  fs.writeFileSync(path.join(root, workspace.output, STAMP), workspace.fingerprint);
}
