import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { call, createBoard, createProgramme, TEST_SECRET } from '../helpers/access.js';
import { buildTestApp } from '../helpers/in-process-app.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

const temp: string[] = [];
const mounts: string[] = [];
const servers: ServerProcess[] = [];
const tempDir = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mb-${name}-`));
  temp.push(dir);
  return dir;
};
const mount = (args: string[]): boolean => {
  try {
    execFileSync('mount', args, { stdio: 'ignore' });
    mounts.push(args.at(-1) as string);
    return true;
  } catch {
    return false;
  }
};
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  for (const target of mounts.splice(0).reverse()) execFileSync('umount', [target]);
});
afterAll(() => {
  for (const dir of temp.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// A read-only folder and a full disk need real mounts: root (or CAP_SYS_ADMIN), as on this CI.
const probe = tempDir('mount-probe');
const canMount = mount(['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
if (canMount) execFileSync('umount', [mounts.pop() as string]);

const programmeBody = { title: 'Disk', menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' };

describe.skipIf(!canMount)('readiness and refusals on a bad disk (real server, real mounts)', () => {
  it('reports a read-only data folder in /readyz (503, with the reason) and logs it', async () => {
    const dir = tempDir('rw');
    const first = await startServer({ SECRET: TEST_SECRET }, dir);
    await createProgramme(first.httpUrl);
    // Killed, as a crash would: the WAL and shared-memory files stay, so SQLite opens read-only.
    await first.kill('SIGKILL');
    const readOnly = tempDir('ro');
    expect(mount(['--bind', '-o', 'ro', dir, readOnly])).toBe(true);
    const server = await startServer({ SECRET: TEST_SECRET }, readOnly);
    servers.push(server);
    const ready = await call(server.httpUrl, 'GET', '/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ready: false, writes: false });
    expect((ready.body as { reason: string }).reason).toContain(readOnly);
    expect(server.logs.some((line) => line.includes('DATA_DIR is not writable'))).toBe(true);
    const created = await call(server.httpUrl, 'POST', '/api/programmes', { body: programmeBody });
    expect(created.status).toBe(503);
  });

  it('answers 503, not 500, to new programmes and boards on a full disk, and recovers', async () => {
    const dir = tempDir('full');
    expect(mount(['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir])).toBe(true);
    const server = await startServer({ SECRET: TEST_SECRET }, dir);
    servers.push(server);
    const { programme, facilitatorToken } = await createProgramme(server.httpUrl);
    const filler = path.join(dir, 'filler');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(16 * 1024));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    const refusals = await Promise.all([
      call(server.httpUrl, 'POST', '/api/programmes', { body: programmeBody }),
      call(server.httpUrl, 'POST', `/api/programmes/${programme.id}/boards`, {
        token: facilitatorToken,
        body: { kind: 'canvas', title: 'Full' },
      }),
    ]);
    for (const response of refusals) {
      expect(response.status).toBe(503);
      expect(JSON.stringify(response.body)).toMatch(/storage unavailable/);
    }
    fs.rmSync(filler);
    await createBoard(server.httpUrl, facilitatorToken, programme.id);
    expect((await call(server.httpUrl, 'GET', '/readyz')).status).toBe(200);
  });
});

describe('opening the database', () => {
  it('names DATA_DIR when the database cannot be opened', async () => {
    const dir = tempDir('cannot-open');
    fs.mkdirSync(path.join(dir, 'docs.sqlite'));
    const failed = await startServer({ SECRET: TEST_SECRET }, dir).then(
      (server) => {
        servers.push(server);
        return '';
      },
      (error: Error) => error.message,
    );
    expect(failed).toContain(`cannot open the database in DATA_DIR ${dir}`);
  });
});

describe('the SQLite write-ahead log', () => {
  it('is cut back after a large write instead of keeping its size', async () => {
    const test = await buildTestApp();
    try {
      const { store } = test.app.deps;
      await store.append('big', [new Uint8Array(12 * 1024 * 1024)]);
      for (let i = 0; i < 3; i++) await store.append('small', [new Uint8Array([i])]);
      const wal = fs.statSync(path.join(test.dataDir, 'docs.sqlite-wal')).size;
      expect(wal).toBeLessThanOrEqual(4 * 1024 * 1024);
    } finally {
      await test.close();
    }
  });
});
