import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, TEST_SECRET } from '../helpers/access.js';
import { openDoc } from '../helpers/programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** A small ext4 file system on a loop device, which `fsfreeze` can freeze (needs root). */
function mountLoopFs(): { dir: string; image: string } | null {
  if (process.getuid?.() !== 0) return null;
  const image = path.join(os.tmpdir(), `mb-frozen-${process.pid}.img`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-frozen-'));
  try {
    fs.writeFileSync(image, '');
    fs.truncateSync(image, 64 * 1024 * 1024);
    execFileSync('mkfs.ext4', ['-q', '-F', image], { stdio: 'ignore' });
    execFileSync('mount', ['-o', 'loop', image, dir], { stdio: 'ignore' });
    return { dir, image };
  } catch {
    fs.rmSync(image, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

const loop = mountLoopFs();
const run = (command: string, args: string[]) => {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
  } catch {}
};

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> } | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } catch {
    return null;
  }
}

describe.skipIf(!loop)('a frozen data file system', () => {
  let server: ServerProcess | undefined;
  let healthUrl = '';
  beforeAll(async () => {
    if (!loop) return;
    server = await startServer({ SECRET: TEST_SECRET, HEALTH_PORT: '0', HEALTH_STALL_MS: '500' }, loop.dir);
    const line = server.logs.find((entry) => entry.includes('healthPort'));
    healthUrl = `http://127.0.0.1:${JSON.parse(line ?? '{}').healthPort}`;
  });
  afterAll(async () => {
    if (!loop) return;
    run('fsfreeze', ['-u', loop.dir]);
    destroyAllClients();
    await server?.kill('SIGKILL');
    run('umount', [loop.dir]);
    fs.rmSync(loop.image, { force: true });
    fs.rmSync(loop.dir, { recursive: true, force: true });
  });

  it("keeps health answers, other programmes' reads and loaded boards going while SQLite is stuck; nothing is confirmed before it is stored", async () => {
    if (!loop || !server) return;
    const { docId, token } = await openDoc(server.httpUrl);
    const client = connectClient(server.wsUrl, docId, { params: { token } });
    await client.synced();
    client.doc.getMap('map').set('before', 'freeze');
    await client.saved();
    // Another programme, read once and with its board open (in memory) before the freeze.
    const other = await openDoc(server.httpUrl);
    const otherPath = `/api/programmes/${other.programmeId}`;
    expect((await call(server.httpUrl, 'GET', otherPath, { token: other.token })).status).toBe(200);
    const otherWriter = connectClient(server.wsUrl, other.docId, { params: { token: other.token } });
    await otherWriter.synced();
    otherWriter.doc.getMap('map').set('other', 'content');
    await otherWriter.saved();
    expect((await getJson(`${healthUrl}/readyz`))?.status).toBe(200);

    execFileSync('fsfreeze', ['-f', loop.dir]);
    let confirmedWhileFrozen = false;
    try {
      // The edit's commit blocks the store thread in a write to the frozen disk.
      client.doc.getMap('map').set('during', 'freeze');
      const watch = client.saves.subscribe((state) => {
        if (state === 'saved') confirmedWhileFrozen = true;
      });
      try {
        const stalled = await waitFor(
          async () => {
            const ready = await getJson(`${healthUrl}/readyz`);
            return ready?.status === 503 ? ready : null;
          },
          { timeoutMs: 15_000, what: 'the health listener to see the store thread stalled' },
        );
        expect(stalled.body.ready).toBe(false);
        const live = await getJson(`${healthUrl}/healthz`);
        expect(live?.status).toBe(200);
        expect(live?.body.storeSilentMs).toBeGreaterThan(500);
        // The main thread is not the one stuck: its own /healthz answers, and so do reads that
        // memory can serve.
        expect((await getJson(`${server.httpUrl}/healthz`))?.status).toBe(200);
        const read = await call(server.httpUrl, 'GET', otherPath, { token: other.token });
        expect(read.status).toBe(200);
        expect((read.body as { boards: { docId: string }[] }).boards.map((b) => b.docId)).toEqual([
          other.docId,
        ]);
        const reader = connectClient(server.wsUrl, other.docId, { params: { token: other.token } });
        await reader.synced(15_000);
        expect(reader.doc.getMap('map').get('other')).toBe('content');
        expect(client.saves.state).not.toBe('saved');
      } finally {
        watch();
      }
    } finally {
      execFileSync('fsfreeze', ['-u', loop.dir]);
    }
    expect(confirmedWhileFrozen).toBe(false);
    await client.saved(20_000);
    await waitFor(async () => (await getJson(`${healthUrl}/readyz`))?.status === 200, {
      what: 'ready again after the thaw',
    });
    expect((await getJson(`${server.httpUrl}/healthz`))?.status).toBe(200);

    // Stored, not only held in memory: both edits are there after a crash and a restart.
    destroyAllClients();
    await server.kill('SIGKILL');
    server = await server.restart();
    const fresh = connectClient(server.wsUrl, docId, { params: { token } });
    await fresh.synced();
    await waitFor(() => fresh.doc.getMap('map').get('during') === 'freeze', { what: 'the held edit' });
    expect(fresh.doc.getMap('map').get('before')).toBe('freeze');
  });
});
