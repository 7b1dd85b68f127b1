import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_SECRET } from '../helpers/access.js';
import { openDoc } from '../helpers/programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { destroyAllClients } from '../helpers/yjs-client.js';
import { durations, timeoutFor } from './support/durations.js';
import { type LoopDisk, mountLoopDisk } from './support/loop-disk.js';
import { recordFigures } from './support/report.js';
import { readBack, Typist, tally, totals } from './support/typists.js';

const status = async (server: ServerProcess, route: string) =>
  (await fetch(`${server.httpUrl}${route}`, { signal: AbortSignal.timeout(5_000) }).catch(() => null))
    ?.status;

/** `PRAGMA integrity_check` of every SQLite file of a stopped server's data folder. */
function integrity(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of ['docs.sqlite', 'programmes.sqlite']) {
    const db = new Database(path.join(dataDir, name));
    try {
      out[name] = String(db.pragma('integrity_check', { simple: true }));
    } finally {
      db.close();
    }
  }
  return out;
}

// Mounting needs root; say so (and skip) where the machine does not allow it.
const probe = mountLoopDisk(8);
const cannotMount = typeof probe === 'string' ? probe : null;
if (typeof probe !== 'string') probe.remove();

describe.skipIf(cannotMount !== null)('chaos: the embedded store’s disk turns read-only, then fills', () => {
  let disk: LoopDisk | undefined;
  let server: ServerProcess | undefined;
  const typists: Typist[] = [];
  afterEach(async () => {
    for (const typist of typists.splice(0)) typist.destroy();
    destroyAllClients();
    disk?.writable();
    disk?.free();
    await server?.stop();
    disk?.remove();
  });

  async function fault(name: string, begin: () => void, end: () => void): Promise<Record<string, number>> {
    const node = server as ServerProcess;
    const before = typists.map((typist) => typist.typed);
    const startedAt = Date.now();
    begin();
    await waitFor(async () => (await status(node, '/readyz')) === 503, { what: `/readyz 503 (${name})` });
    const notReadyAfterMs = Date.now() - startedAt;
    const quietFrom = Date.now() + 500;
    while (Date.now() - startedAt < durations.diskAway) {
      expect(await status(node, '/healthz')).toBe(200);
      await letTimePass(500); // the fault lasts its time
    }
    for (const typist of typists) expect(typist.client.saves.state).not.toBe('saved');
    const endedAt = Date.now();
    end();
    for (const typist of typists) {
      const during = typist.confirmations.filter((c) => c.at > quietFrom && c.at < endedAt);
      expect(during, `${typist.name} confirmed while the disk was ${name}`).toEqual([]);
    }
    await waitFor(() => typists.every((typist, i) => typist.confirmed > (before[i] ?? 0)), {
      timeoutMs: 60_000,
      what: `confirmations after the disk was ${name}`,
    });
    const confirmingAgainMs = Date.now() - endedAt;
    await waitFor(async () => (await status(node, '/readyz')) === 200, { timeoutMs: 30_000, what: 'ready' });
    return { awayMs: endedAt - startedAt, notReadyAfterMs, confirmingAgainMs };
  }

  it(
    'nothing confirmed while it lasts, every held edit stored after, SQLite files intact',
    async () => {
      disk = mountLoopDisk(24) as LoopDisk;
      server = await startServer({ SECRET: TEST_SECRET }, disk.dataDir);
      const { docId, token } = await openDoc(server.httpUrl);
      for (let i = 0; i < 3; i++) typists.push(new Typist(`t${i}`, server.wsUrl, docId, token));
      await Promise.all(typists.map((typist) => typist.client.synced()));
      for (const typist of typists) typist.start(50);
      await waitFor(() => typists.every((typist) => typist.confirmed > 10), { what: 'first confirmations' });
      const readOnly = await fault(
        'read-only',
        () => disk?.readOnly(),
        () => disk?.writable(),
      );
      const full = await fault(
        'full',
        () => disk?.fill(),
        () => disk?.free(),
      );
      for (const typist of typists) typist.stop();
      await Promise.all(typists.map((typist) => typist.allConfirmed(60_000)));
      await server.kill('SIGKILL');
      const checks = integrity(disk.dataDir);
      server = await server.restart();
      const rows = tally(await readBack(server.wsUrl, docId, token), typists);
      recordFigures('embedded-disk', { ...totals(rows), readOnly, full, integrity: checks });
      expect(checks).toEqual({ 'docs.sqlite': 'ok', 'programmes.sqlite': 'ok' });
      for (const row of rows) {
        expect(row.confirmedFound).toBe(row.confirmed);
        expect(row.found).toBe(typists.find((t) => t.name === row.name)?.typed);
      }
    },
    timeoutFor(durations.diskAway * 2),
  );
});
