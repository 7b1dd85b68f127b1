/**
 * Scenario 7's web app: a production build of the client in a directory of the bench's own (so that
 * client/dist, which e2e tests use, is never touched), our server serving it, and the HTTP calls that
 * set up a programme with its boards and a second member.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProgramme } from './ours-api.mjs';
import { freePort, spawnProcess, waitHttp } from './procs.mjs';
import { TARGETS } from './servers.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Where the bench builds the client: under a `dist` folder, so git and Biome skip it as they skip
 * every build output. `BENCH_CLIENT_DIR` names a build to use instead.
 */
export const BENCH_CLIENT = join(ROOT, 'bench/dist/client');
/** What the client build is made from: a change to any of these makes the bench rebuild. */
const SOURCES = [
  'client/src',
  'client/index.html',
  'client/vite.config.ts',
  'shared/src',
  'package-lock.json',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * The client build to serve: `BENCH_CLIENT_DIR` as given, else bench/dist/client, (re)built with the
 * client's own Vite config when missing or older than its sources (a few seconds with Vite 8).
 */
export async function clientBuild() {
  if (process.env.BENCH_CLIENT_DIR) return process.env.BENCH_CLIENT_DIR;
  const index = join(BENCH_CLIENT, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((path) => newestMtime(join(ROOT, path))))) return BENCH_CLIENT;
  console.log(`  building the web client into ${BENCH_CLIENT}`);
  const vite = ['vite', 'build', '--outDir', BENCH_CLIENT, '--emptyOutDir', '--logLevel', 'warn'];
  await run('npx', ['--no-install', ...vite], join(ROOT, 'client'));
  return BENCH_CLIENT;
}

/** The board peer writes with shared/dist, which the server's build may predate: built if missing. */
export async function sharedBuild() {
  if (existsSync(join(ROOT, 'shared/dist/doc/action-plan.js'))) return;
  console.log('  building shared (npm run build -w shared)');
  await run('npm', ['run', 'build', '-w', 'shared'], ROOT);
}

async function run(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}

/** Our server (the bench's `ours` configuration, embedded SQLite) serving `clientDir`. */
export async function startWebServer(clientDir) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  const spec = TARGETS.ours.make(port, dataDir);
  const proc = spawnProcess(spec.command, spec.args, {
    env: { ...spec.env, CLIENT_DIR: clientDir },
    cwd: ROOT,
  });
  try {
    await waitHttp(`http://127.0.0.1:${port}${spec.probe}`, proc);
  } catch (error) {
    await proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    syncUrl: `ws://127.0.0.1:${port}/yjs`,
    async stop() {
      await proc.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function post(baseUrl, path, body, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

/** The programme the bench creates (ours-api.mjs): title and cities, as the action plan starts with. */
export const PROGRAMME = { title: 'Benchmark', menteeCity: 'Riga', mentorCity: 'Málaga' };

/**
 * A programme (the browser is its facilitator), one board per kind in `kinds` (id and doc id by
 * kind), and a mentor who joined by invite: the remote editor.
 */
export async function setUpProgramme(baseUrl, kinds) {
  const programme = await createProgramme(baseUrl);
  const path = `/api/programmes/${programme.programmeId}`;
  const boards = {};
  for (const kind of kinds) {
    const { board } = await post(
      baseUrl,
      `${path}/boards`,
      { kind, title: `Bench ${kind}` },
      programme.token,
    );
    boards[kind] = { id: board.id, docId: board.docId };
  }
  const invite = await post(baseUrl, `${path}/invites`, { role: 'mentor' }, programme.token);
  const joined = await post(baseUrl, '/api/join', { token: invite.token, displayName: 'Remote mentor' });
  return { ...programme, boards, mentor: { token: joined.token, member: joined.member } };
}
