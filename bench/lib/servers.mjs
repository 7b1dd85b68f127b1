/**
 * The servers under test, each started as its own process on a loopback port. A deployment is one or
 * more nodes (plus a redis-server when it needs one) and knows how a client addresses a document.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBoards, createProgramme } from './ours-api.mjs';
import { freePort, spawnProcess, waitHttp } from './procs.mjs';
import { startRedis } from './redis.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// BENCH_OURS_ENTRY=<path of a main.js>: another build of our server (e.g. the commit before a change).
const OURS = process.env.BENCH_OURS_ENTRY ?? join(ROOT, 'server/dist/main.js');
const SERVERS = fileURLToPath(new URL('../servers/', import.meta.url));

/**
 * Our server, configured as in production except two limits that would refuse the benchmark's own
 * load (it opens hundreds of connections to one programme and creates a thousand boards).
 */
function oursNode(port, dataDir, redisUrl) {
  const env = {
    NODE_ENV: 'production',
    SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    MAX_CONNECTIONS_PER_PROGRAMME: '100000',
    // Every bench client comes from 127.0.0.1; the per-address cap (500) is for the open internet.
    MAX_CONNECTIONS_PER_ADDRESS: '0',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  };
  // BENCH_PROF=<dir>: a CPU profile of each of our server processes, written when it stops.
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : [];
  // BENCH_HEAP=<dir>: `kill -USR2 <pid>` writes a heap snapshot of that server process there.
  const heap = process.env.BENCH_HEAP
    ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${process.env.BENCH_HEAP}`]
    : [];
  return { command: process.execPath, args: [...prof, ...heap, OURS], env, probe: '/healthz' };
}

function ywssNode(port, dataDir, persist) {
  const env = { PORT: String(port), ...(persist ? { YPERSISTENCE: join(dataDir, 'leveldb') } : {}) };
  return { command: process.execPath, args: [join(SERVERS, 'y-websocket-server.mjs')], env, probe: '/' };
}

function floorNode(port, redisUrl) {
  const env = { PORT: String(port), ...(redisUrl ? { REDIS_URL: redisUrl } : {}) };
  return { command: process.execPath, args: [join(SERVERS, 'relay-floor.mjs')], env, probe: '/' };
}

/**
 * @param {number} port
 * @param {string} dataDir
 * @param {{ sqlite?: boolean, redisUrl?: string }} options
 */
function hocuspocusNode(port, dataDir, { sqlite, redisUrl }) {
  const env = {
    PORT: String(port),
    ...(sqlite ? { HP_SQLITE: join(dataDir, `hocuspocus-${port}.sqlite`) } : {}),
    ...(redisUrl ? { HP_REDIS: redisUrl } : {}),
  };
  return { command: process.execPath, args: [join(SERVERS, 'hocuspocus.mjs')], env, probe: '/' };
}

/** name → how to build it. `persistent`: survives a restart; `nodes`: processes on one Redis. */
export const TARGETS = {
  ours: { label: 'ours (SQLite)', ours: true, persistent: true, nodes: 1, make: (p, d) => oursNode(p, d) },
  'ours-redis': {
    label: 'ours (Redis)',
    ours: true,
    persistent: true,
    redis: true,
    nodes: 1,
    make: (p, d, r) => oursNode(p, d, r),
  },
  'ours-2n': {
    label: 'ours, 2 nodes on Redis',
    ours: true,
    persistent: true,
    redis: true,
    nodes: 2,
    make: (p, d, r) => oursNode(p, d, r),
  },
  'ours-4n': {
    label: 'ours, 4 nodes on Redis',
    ours: true,
    persistent: true,
    redis: true,
    nodes: 4,
    make: (p, d, r) => oursNode(p, d, r),
  },
  ywss: { label: 'y-websocket-server (memory)', nodes: 1, make: (p, d) => ywssNode(p, d, false) },
  'ywss-leveldb': {
    label: 'y-websocket-server + LevelDB',
    persistent: true,
    nodes: 1,
    make: (p, d) => ywssNode(p, d, true),
  },
  // Not a baseline: the harness's floor (bench/servers/relay-floor.mjs); only when BENCH_SERVERS names it.
  floor: { label: 'relay floor (no Yjs)', nodes: 1, make: (p) => floorNode(p) },
  'floor-2n': {
    label: 'relay floor, 2 nodes on Redis',
    redis: true,
    nodes: 2,
    make: (p, _d, r) => floorNode(p, r),
  },
  hp: { label: 'Hocuspocus (memory)', hocuspocus: true, nodes: 1, make: (p, d) => hocuspocusNode(p, d, {}) },
  'hp-sqlite': {
    label: 'Hocuspocus + SQLite',
    hocuspocus: true,
    persistent: true,
    nodes: 1,
    make: (p, d) => hocuspocusNode(p, d, { sqlite: true }),
  },
  'hp-redis-2n': {
    label: 'Hocuspocus, 2 nodes on Redis',
    hocuspocus: true,
    redis: true,
    nodes: 2,
    make: (p, d, r) => hocuspocusNode(p, d, { redisUrl: r }),
  },
  'hp-redis-4n': {
    label: 'Hocuspocus, 4 nodes on Redis',
    hocuspocus: true,
    redis: true,
    nodes: 4,
    make: (p, d, r) => hocuspocusNode(p, d, { redisUrl: r }),
  },
};

/** Starts a deployment of target `name` (fresh data directory, fresh redis-server if needed). */
export async function deploy(name) {
  const target = TARGETS[name];
  const dataDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const redis = target.redis ? await startRedis() : null;
  const ports = [];
  for (let i = 0; i < target.nodes; i++) ports.push(await freePort());
  let nodes = [];

  const startNodes = async () => {
    nodes = ports.map((port) => {
      const spec = target.make(port, dataDir, redis?.url);
      return { port, spec, proc: spawnProcess(spec.command, spec.args, { env: spec.env, cwd: ROOT }) };
    });
    await Promise.all(nodes.map((n) => waitHttp(`http://127.0.0.1:${n.port}${n.spec.probe}`, n.proc)));
  };
  await startNodes();
  let programme = null;

  return {
    name,
    label: target.label,
    target,
    nodeCount: nodes.length,
    serverPids: () => nodes.map((n) => n.proc.pid),
    redisPids: () => (redis ? [redis.pid] : []),
    redisUrl: redis?.url ?? null,
    /** The HTTP base of node `node` (for the API scenarios). */
    httpUrl: (node = 0) => `http://127.0.0.1:${ports[node % ports.length]}`,
    /** Creates `count` documents: boards with a token on our server, plain names elsewhere. */
    async docs(count) {
      if (!target.ours) {
        const stamp = Date.now().toString(36);
        return Array.from({ length: count }, (_, i) => ({ docName: `bench-${stamp}-${i}`, token: null }));
      }
      const base = `http://127.0.0.1:${ports[0]}`;
      programme ??= await createProgramme(base);
      const ids = await createBoards(base, programme, count);
      return ids.map((docName) => ({ docName, token: programme.token }));
    },
    /** A client spec for document `doc` on node `node` (our clients ask for save confirmations). */
    clientSpec(doc, node = 0, extra = {}) {
      const base = `ws://127.0.0.1:${ports[node % ports.length]}`;
      const common = { docName: doc.docName, node: node % ports.length, ...extra };
      if (target.ours) {
        const url = `${base}/yjs/${doc.docName}?token=${encodeURIComponent(doc.token)}&confirm=1`;
        return { ...common, url, dialect: 'y-websocket', confirm: true };
      }
      if (target.hocuspocus) return { ...common, url: `${base}/`, dialect: 'hocuspocus', confirm: false };
      return { ...common, url: `${base}/${doc.docName}`, dialect: 'y-websocket', confirm: false };
    },
    /** Kills every node (SIGKILL: a crash; SIGTERM: a graceful stop) and waits for them to exit. */
    async kill(signal = 'SIGKILL') {
      await Promise.all(nodes.map((n) => n.proc.kill(signal)));
    },
    /** Starts the nodes again on the same ports and data (Redis keeps running). */
    restart: startNodes,
    async stop() {
      await Promise.all(nodes.map((n) => n.proc.kill(process.env.BENCH_PROF ? 'SIGTERM' : 'SIGKILL')));
      await redis?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
