import { onServer } from '../lib/on-server.mjs';
import { startSampler } from '../lib/proc-stats.mjs';
import { sleep } from '../lib/procs.mjs';
import { mb, summarize } from '../lib/stats.mjs';

const PARALLEL = 16;
const BOARDS = 6;
/** Bytes of text per imported board: under IMPORT_MAX_BOARD_BYTES (8 MB), ~45 MB of JSON per body. */
const BOARD_TEXT = 5_500_000;

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
  return JSON.stringify(gdpr);
}

/** /healthz round trips, one after another, until `stop()`; their latencies in ms. */
function probeHealth(base) {
  const latencies = [];
  let failed = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      // A refused or reset probe counts as failed, it does not end the scenario.
      const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) })
        .then((r) => r.text())
        .then(
          () => true,
          () => false,
        );
      if (ok) latencies.push(performance.now() - started);
      else failed += 1;
      if (process.env.BENCH_TRACE && performance.now() - started > 300)
        console.log(`slow /healthz at ${Math.round(started)}: ${Math.round(performance.now() - started)} ms`);
      await sleep(20);
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return { ...summarize(latencies), failed };
    },
  };
}

async function measure(deployment) {
  const url = new URL(deployment.clientSpec({ docName: 'x', token: 't' }).url);
  const base = `http://${url.host}`;
  const body = await bigImportBody(base);
  const sampler = startSampler(deployment.serverPids);
  const idle = probeHealth(base);
  await sleep(1_000);
  const idleHealth = await idle.stop();
  sampler.resetPeak();
  const during = probeHealth(base);
  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: PARALLEL }, () =>
      fetch(`${base}/api/import`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        .then((r) => {
          if (process.env.BENCH_TRACE)
            console.log(`import answered ${r.status} at ${Math.round(performance.now())}`);
          return r.status;
        })
        .catch(() => 0),
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
    other: statuses.length - count(201) - count(503),
    peakRssMb: mb(peak),
    rssAfterMb: mb(after),
  };
}

/**
 * Scenario 8: /healthz while imports arrive. 16 parallel `POST /api/import` of a ~45 MB backup
 * (6 boards of 5.5 MB of text each) at one node; /healthz is asked every 20 ms meanwhile.
 * Target: /healthz p99 under 100 ms; memory back near idle after.
 */
export async function importHealth() {
  const r = await onServer('ours', measure, 300_000);
  const rows = r.error
    ? [['ours (SQLite)', `error: ${r.error}`]]
    : [
        [
          'ours (SQLite)',
          `${r.bodyMb} MB × ${PARALLEL}`,
          `${r.accepted} / ${r.refused503} / ${r.other}`,
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
      '201 / 503 / other',
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
