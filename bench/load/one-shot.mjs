/** Single-client commands of the load worker: cold load and durability runs. */
import { BenchClient, now } from './client.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let keeper = null;

/** A tldraw-like shape record (~250 bytes as JSON). */
function shape(i) {
  return {
    id: `shape:${i}`,
    typeName: 'shape',
    type: 'geo',
    parentId: 'page:page',
    index: `a${i}`,
    x: (i % 100) * 120,
    y: Math.floor(i / 100) * 120,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    props: { geo: 'rectangle', w: 100, h: 80, color: 'black', fill: 'none', text: `Sticky note ${i}` },
    meta: {},
  };
}

/** Waits until the server confirmed everything this client sent (our server), else lets it settle. */
async function settle(client, confirm) {
  if (!confirm) return sleep(1_000);
  const deadline = now() + 30_000;
  while (client.savedCount < client.sentCount && now() < deadline) await sleep(10);
}

/**
 * Writes a document and keeps its writer connected (so the room stays in memory): `records` shapes,
 * or `blobs` entries of `blobBytes` each; 100 records or 100 KB per transaction.
 */
async function writeDoc({ spec, records = 0, blobs = 0, blobBytes = 0 }) {
  const client = new BenchClient(spec);
  await client.connect();
  const map = client.doc.getMap('records');
  for (let start = 0; start < records; start += 100) {
    client.doc.transact(() => {
      for (let i = start; i < Math.min(records, start + 100); i++) map.set(`shape:${i}`, shape(i));
    });
    await sleep(2);
  }
  const perTx = Math.max(1, Math.floor(100_000 / Math.max(1, blobBytes)));
  for (let start = 0; start < blobs; start += perTx) {
    client.doc.transact(() => {
      for (let i = start; i < Math.min(blobs, start + perTx); i++)
        map.set(`blob:${i}`, 'b'.repeat(blobBytes));
    });
    await sleep(2);
  }
  await settle(client, spec.confirm);
  keeper = client;
  return { entries: map.size };
}

async function dropKeeper() {
  keeper?.close();
  keeper = null;
  await sleep(100);
  return {};
}

/**
 * A fresh client opens the document: time to `synced`, how many records it had then, and time until
 * it is synced and holds all `expect` records (a server that reports synced before its store has
 * loaded shows here: few records at synced, ready later).
 */
async function coldLoad({ spec, expect }) {
  const client = new BenchClient(spec);
  const map = client.doc.getMap('records');
  const started = now();
  let completeAt = null;
  const complete = new Promise((/** @type {(value?: unknown) => void} */ resolve) => {
    map.observe(() => {
      if (completeAt === null && map.size >= expect) {
        completeAt = now();
        resolve();
      }
    });
  });
  await client.connect();
  const syncedMs = now() - started;
  const atSynced = map.size;
  if (atSynced < expect) await Promise.race([complete, sleep(30_000)]);
  client.close();
  // Ready: synced and holding every record (whichever came last).
  const readyMs = atSynced >= expect ? syncedMs : completeAt === null ? null : completeAt - started;
  return { syncedMs, readyMs, atSynced };
}

/**
 * 500 (`edits`) fast edits, one transaction each, then the client leaves `goneAfterMs` after the last.
 * With our server (spec.confirm) it records each edit's confirmation latency (sent → `saved`).
 * `spacingMs` > 0 paces the edits instead (to measure confirmations at a typing pace).
 */
async function durabilityRun({ spec, edits = 500, goneAfterMs = 50, spacingMs = 0 }) {
  const client = new BenchClient(spec);
  await client.connect();
  const map = client.doc.getMap('d');
  const sentAt = [];
  const countOf = [];
  const latencies = [];
  let confirmedUpTo = 0;
  client.onSaved = (count) => {
    const at = now();
    while (confirmedUpTo < sentAt.length && countOf[confirmedUpTo] <= count) {
      latencies.push(at - sentAt[confirmedUpTo]);
      confirmedUpTo += 1;
    }
  };
  for (let i = 0; i < edits; i++) {
    sentAt.push(now());
    map.set(`k${i}`, i);
    countOf.push(client.sentCount);
    if (spacingMs > 0) await sleep(spacingMs);
    else if (i % 5 === 4) await sleep(1);
  }
  await sleep(goneAfterMs);
  client.close();
  return { confirmLatencies: latencies, confirmedAtLeave: confirmedUpTo };
}

/** Opens the document and counts the entries of map `name` once they stop changing (max 3 s). */
async function countEntries({ spec, name = 'd' }) {
  const client = new BenchClient(spec);
  await client.connect();
  const map = client.doc.getMap(name);
  let last = -1;
  const deadline = now() + 3_000;
  while (now() < deadline) {
    if (map.size === last) break;
    last = map.size;
    await sleep(400);
  }
  const count = map.size;
  client.close();
  return { count };
}

export const oneShotCommands = { writeDoc, dropKeeper, coldLoad, durabilityRun, countEntries };
