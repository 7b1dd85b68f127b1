/**
 * A load-generator process (forked by the bench): holds some Yjs clients and runs commands sent over
 * IPC ({id, cmd, ...args} → {id, result} or {id, error}). Latencies are measured on the machine-wide
 * monotonic clock, so a send time taken here compares with a receive time taken in another worker.
 */
import * as Y from 'yjs';
import { BenchClient, now } from './client.mjs';
import { oneShotCommands } from './one-shot.mjs';

const EDITS = 'edits';
/** @type {{client: BenchClient, spec: object}[]} */
let clients = [];
/** @type {{ same: number[], cross: number[] }} */
let samples = { same: [], cross: [] };
let perEdit = new Map();

function observeEdits(client, spec) {
  client.doc.getMap(EDITS).observe((event) => {
    if (event.transaction.local) return;
    const at = now();
    for (const key of event.keysChanged) {
      const value = event.target.get(key);
      if (!value || typeof value.t !== 'number') continue;
      const latency = at - value.t;
      (value.n === spec.node ? samples.same : samples.cross).push(latency);
      const seen = perEdit.get(key);
      if (seen) {
        seen[0] += 1;
        seen[1] = Math.max(seen[1], latency);
      } else perEdit.set(key, [1, latency]);
    }
  });
}

async function connect({ specs, concurrency = 50 }) {
  const connectMs = [];
  const errors = [];
  let next = 0;
  const lane = async () => {
    while (next < specs.length) {
      const spec = specs[next++];
      const client = new BenchClient(spec);
      observeEdits(client, spec);
      const started = now();
      try {
        await withTimeout(client.connect(), 30_000, 'sync');
        connectMs.push(now() - started);
        clients.push({ client, spec });
      } catch (error) {
        errors.push(String(error instanceof Error ? error.message : error));
        client.close();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, specs.length) }, lane));
  return { connectMs, failed: errors.length, errors: errors.slice(0, 3) };
}

/** Each client flagged `seed` writes `records` small records in one transaction. */
function seed({ records, recordBytes }) {
  let docBytes = 0;
  for (const { client, spec } of clients) {
    if (!spec.seed) continue;
    const map = client.doc.getMap('records');
    client.doc.transact(() => {
      for (let i = 0; i < records; i++) map.set(`r${i}`, { id: `r${i}`, text: 'x'.repeat(recordBytes) });
    });
    docBytes = Y.encodeStateAsUpdate(client.doc).length;
  }
  return { docBytes };
}

/** Round-robin edits: slot k belongs to the editor whose index is k % editors; ~padBytes each. */
async function edits({ startAt, intervalMs, count, editors, padBytes }) {
  const mine = new Map(clients.filter((c) => c.spec.editor !== undefined).map((c) => [c.spec.editor, c]));
  const pad = 'x'.repeat(padBytes);
  for (let k = 0; k < count; k++) {
    const owner = mine.get(k % editors);
    if (!owner) continue;
    const wait = startAt + k * intervalMs - now();
    if (wait > 0) await sleep(wait);
    if (owner.client.closed) continue;
    owner.client.doc.getMap(EDITS).set(`${owner.spec.editor}:${k}`, { t: now(), n: owner.spec.node, p: pad });
  }
  return {};
}

/** Every client with awareness moves its cursor at `hz` for `durationMs` (random phase). */
async function cursors({ hz, durationMs }) {
  const period = 1000 / hz;
  const end = now() + durationMs;
  const timers = [];
  for (const { client } of clients) {
    if (!client.awareness) continue;
    let x = 0;
    const awareness = client.awareness;
    const move = () => {
      x += 1;
      awareness.setLocalStateField('cursor', { x, y: x * 2 });
    };
    timers.push(setTimeout(() => timers.push(setInterval(move, period)), Math.random() * period));
  }
  await sleep(Math.max(0, end - now()));
  for (const timer of timers) clearInterval(timer);
  return {};
}

function collect() {
  const result = { same: samples.same, cross: samples.cross, perEdit: [...perEdit] };
  samples = { same: [], cross: [] };
  perEdit = new Map();
  return result;
}

/** Awareness messages and bytes received since the last call (then starts counting again). */
function awarenessCounts() {
  const counts = { messages: 0, bytes: 0 };
  for (const { client } of clients) {
    counts.messages += client.awarenessMessages;
    counts.bytes += client.awarenessBytes;
    client.awarenessMessages = 0;
    client.awarenessBytes = 0;
  }
  return counts;
}

/** Bytes received by this worker's clients since the last call (then starts counting again). */
function traffic() {
  let bytes = 0;
  for (const { client } of clients) {
    bytes += client.bytesIn;
    client.bytesIn = 0;
  }
  return { bytes, clients: clients.length };
}

async function close() {
  for (const { client } of clients) client.close();
  clients = [];
  await sleep(100);
  return {};
}

/** @type {Record<string, (args: any) => unknown>} */
const commands = {
  connect,
  seed,
  edits,
  cursors,
  collect,
  awarenessCounts,
  traffic,
  close,
  ...oneShotCommands,
};

process.on('message', async (/** @type {{ id: number, cmd: string, args?: object }} */ message) => {
  try {
    const command = commands[message.cmd];
    if (!command) throw new Error(`unknown command ${message.cmd}`);
    const result = await command(message.args ?? {});
    process.send?.({ id: message.id, result });
  } catch (error) {
    process.send?.({ id: message.id, error: String(error instanceof Error ? error.stack : error) });
  }
});
process.on('disconnect', () => process.exit(0));

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
