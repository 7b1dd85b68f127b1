/**
 * `/healthz` prober, run as its own process (see scenarios/import-health.mjs): one round trip after
 * another, `gapMs` apart, until the parent sends 'stop'; then it sends back the latencies (ms) and
 * how many probes failed, and exits. Its own process, because the bench process is busy sending
 * the import bodies meanwhile: a probe timed on that event loop measured the bench, not the server.
 *
 * argv: <base url> [gapMs]
 */
const [base, gap = '20'] = process.argv.slice(2);
const gapMs = Number(gap);
const latencies = [];
let failed = 0;
let running = true;

process.on('message', (message) => {
  if (message === 'stop') running = false;
});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One untimed round trip first: the first fetch of a process loads its HTTP client (over a second
// under load), which is the probe's cost, not the server's.
await fetch(`${base}/healthz`).then(
  (r) => r.text(),
  () => undefined,
);

while (running) {
  const started = performance.now();
  // A refused or reset probe counts as failed; it does not end the run.
  const ok = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(30_000) })
    .then((r) => r.text().then(() => r.ok))
    .catch(() => false);
  const ms = performance.now() - started;
  if (ok) latencies.push(ms);
  else failed += 1;
  if (process.env.BENCH_TRACE && ms > 100)
    console.log(`slow /healthz at ${Math.round(started)}: ${Math.round(ms)} ms`);
  await sleep(gapMs);
}
process.send?.({ latencies, failed }, () => process.exit(0));
