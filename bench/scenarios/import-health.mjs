import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { onServer } from '../lib/on-server.mjs';
import { startSampler } from '../lib/proc-stats.mjs';
import { sleep, track } from '../lib/procs.mjs';
import { mb, summarize } from '../lib/stats.mjs';

const PROBE = fileURLToPath(new URL('../load/health-probe.mjs', import.meta.url));
/** As the probe of the running server did (issue 20): 32 bodies at once, each just under 50 MB. */
const PARALLEL = 32;
/** How long the bench waits for an import's answer (within the scenario's 300 s). */
const IMPORT_WAIT_MS = 200_000;
const BOARDS = 6;
/**
 * Bytes of text per imported board: 6.5 MB decoded, under IMPORT_MAX_BOARD_BYTES (8 MB); base64 in
 * JSON makes the body ~49.9 MB (MiB), just under the 50 MiB body limit.
 */
const BOARD_TEXT = 6_540_000;

/** A GDPR export of a fresh programme (importable as it is), its boards swapped for large ones. */
async function bigImportBody(base) {
  const headers = { 'content-type': 'application/json' };
  const created = await (
    await fetch(`${base}/api/programmes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        title: 'Import bench',
        menteeCity: 'Riga',
        mentorCity: 'Málaga',
        language: 'en',
      }),
    })
  ).json();
  const auth = { ...headers, authorization: `Bearer ${created.facilitatorToken}` };
  await fetch(`${base}/api/programmes/${created.programme.id}/boards`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ kind: 'canvas', title: 'Big' }),
  });
  const gdpr = await (
    await fetch(`${base}/api/programmes/${created.programme.id}/export`, { headers: auth })
  ).json();
  const Y = await import('yjs');
  const doc = new Y.Doc();
  doc.getMap('store').set('shape:big', { type: 'note', text: 'x'.repeat(BOARD_TEXT) });
  const yjsUpdate = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  const [board] = gdpr.boards;
  gdpr.boards = Array.from({ length: BOARDS }, (_, i) => ({
    ...board,
    id: `${board.id.slice(0, 16)}b${i}`.padEnd(22, 'x'),
    yjsUpdate,
  }));
  // Bytes once: a string body would be encoded again for each of the parallel requests.
  return Buffer.from(JSON.stringify(gdpr));
}

/**
 * /healthz round trips from a process of its own (load/health-probe.mjs), one after another 20 ms
 * apart, until `stop()`; their latencies in ms (p50, p99, max) and how many failed.
 */
function probeHealth(base) {
  const child = track(fork(PROBE, [base, '20'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  const result = new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`the /healthz probe exited (${code})`)));
  });
  return {
    async stop() {
      child.send('stop');
      const { latencies, failed } = await result;
      return { ...summarize(latencies), failed };
    },
  };
}

/**
 * One `POST /api/import` of `body`; its status, or 0 when it failed or got no answer within
 * `IMPORT_WAIT_MS`. node:http writes the one Buffer to each socket as it is (fetch held a copy per
 * request: the bench reached 3 GB and was itself the bottleneck), and the wait is bounded so that
 * the /healthz figures are reported even when the machine is too slow for every import to finish.
 */
function postImport(base, body) {
  return new Promise((resolve) => {
    const request = http.request(`${base}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length },
      signal: AbortSignal.timeout(IMPORT_WAIT_MS),
    });
    request.once('response', (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', () => resolve(response.statusCode ?? 0));
    });
    // A refusal closes the connection while the body is still going out: the write then fails.
    request.once('error', () => resolve(0));
    request.end(body);
  });
}

async function measure(deployment) {
  const url = new URL(deployment.clientSpec({ docName: 'x', token: 't' }).url);
  const base = `http://${url.host}`;
  const body = await bigImportBody(base);
  const sampler = startSampler(deployment.serverPids);
  const idle = probeHealth(base);
  // 5 s: at a load average of 25 one second held a single probe.
  await sleep(5_000);
  const idleHealth = await idle.stop();
  sampler.resetPeak();
  const during = probeHealth(base);
  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: PARALLEL }, () =>
      postImport(base, body).then((status) => {
        if (process.env.BENCH_TRACE)
          console.log(`import answered ${status} at ${Math.round(performance.now())}`);
        return status;
      }),
    ),
  );
  const importMs = Math.round(performance.now() - started);
  const health = await during.stop();
  const peak = sampler.peak();
  await sleep(3_000);
  const after = sampler.rss();
  sampler.stop();
  const count = (status) => statuses.filter((s) => s === status).length;
  return {
    bodyMb: mb(body.length),
    idleHealth,
    health,
    importMs,
    accepted: count(201),
    refused503: count(503),
    noAnswer: count(0),
    other: statuses.length - count(201) - count(503) - count(0),
    peakRssMb: mb(peak),
    rssAfterMb: mb(after),
  };
}

/**
 * Scenario 8: /healthz while imports arrive. 32 parallel `POST /api/import` of a ~49.9 MB backup
 * (6 boards of 6.5 MB of text each) at one node, as in issue 20; /healthz is asked every 20 ms
 * meanwhile from a process of its own. Target: /healthz p99 (and max) under 100 ms; memory back
 * near idle after. Most bodies are refused (503, IMPORTS_IN_PROGRESS) before they are read.
 */
export async function importHealth() {
  const r = await onServer('ours', measure, 300_000);
  const rows = r.error
    ? [['ours (SQLite)', `error: ${r.error}`]]
    : [
        [
          'ours (SQLite)',
          `${r.bodyMb} MB × ${PARALLEL}`,
          `${r.accepted} / ${r.refused503} / ${r.other} / ${r.noAnswer}`,
          r.importMs,
          `${r.idleHealth.p50} / ${r.idleHealth.p99}`,
          `${r.health.p50} / ${r.health.p99} / ${r.health.max} (n=${r.health.n})`,
          r.peakRssMb,
          r.rssAfterMb,
        ],
      ];
  return {
    title: '8. /healthz during parallel imports',
    columns: [
      'server',
      'bodies',
      '201 / 503 / other / none',
      'all answered, ms',
      'idle /healthz p50 / p99 ms',
      'during /healthz p50 / p99 / max ms',
      'peak RSS MB',
      'RSS 3 s after, MB',
    ],
    rows,
    comparisons: [],
    raw: r,
  };
}

// `node bench/scenarios/import-health.mjs`: this scenario alone, printed.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { installCleanup, killAll } = await import('../lib/procs.mjs');
  installCleanup();
  try {
    const result = await importHealth();
    console.log(JSON.stringify(result.raw, null, 2));
  } finally {
    killAll();
  }
}
