import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  call,
  connectSocketIo,
  createBoard,
  createProgramme,
  handshake,
  TEST_SECRET,
} from '../helpers/access.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

const PUBLIC_URL = 'https://board.example.org';

/** Opens `/yjs/:docId` with an optional Origin; the status it got (101 when open). */
function upgradeStatus(wsUrl: string, docId: string, token: string, origin?: string): Promise<number> {
  const ws = new WebSocket(`${wsUrl}/${docId}?token=${encodeURIComponent(token)}`, origin ? { origin } : {});
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

describe('smaller holes (real server)', () => {
  let server: ServerProcess;
  let dataDir: string;
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-hardening-'));
  beforeAll(async () => {
    // A DATA_DIR that does not exist yet, so that the server creates it.
    dataDir = path.join(parent, 'data');
    server = await startServer({ SECRET: TEST_SECRET, PUBLIC_URL }, dataDir);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it('answers a 10,000-character id with 414 without echoing the URL', async () => {
    const long = 'a'.repeat(10_000);
    for (const url of [`/api/programmes/${long}`, `/api/programmes/${long}/boards/b/export`]) {
      const response = await call(server.httpUrl, 'GET', url);
      expect(response.status).toBe(414);
      expect(JSON.stringify(response.body)).not.toContain('aaaaaaaaaa');
      expect(JSON.stringify(response.body).length).toBeLessThan(200);
    }
    const missing = await call(server.httpUrl, 'GET', `/api/nothing-${'b'.repeat(5000)}`);
    expect(missing.status).toBe(404);
    expect(JSON.stringify(missing.body)).not.toContain('bbbbbbbbbb');
  });

  it('refuses WebSocket upgrades from other origins and allows same origin, PUBLIC_URL and none', async () => {
    const { programme, facilitatorToken } = await createProgramme(server.httpUrl);
    const board = await createBoard(server.httpUrl, facilitatorToken, programme.id);
    const status = (origin?: string) => upgradeStatus(server.wsUrl, board.docId, facilitatorToken, origin);
    expect(await status('https://evil.example')).toBe(403);
    expect(await status('null')).toBe(403);
    expect(await status()).toBe(101);
    expect(await status(server.httpUrl)).toBe(101);
    expect(await status(PUBLIC_URL)).toBe(101);
  });

  it('refuses socket.io upgrades from other origins', async () => {
    const { facilitatorToken } = await createProgramme(server.httpUrl);
    const open = (origin?: string) =>
      io(server.httpUrl, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: { token: facilitatorToken },
        ...(origin ? { extraHeaders: { origin } } : {}),
      });
    const evil = open('https://evil.example');
    const plain = connectSocketIo(server.httpUrl, facilitatorToken);
    const public_ = open(PUBLIC_URL);
    try {
      // Listened to at once: a socket that connects while another is awaited must not be missed.
      const [evilResult, plainResult, publicResult] = await Promise.all(
        [evil, plain, public_].map(handshake),
      );
      expect(evilResult).not.toBe('connected');
      expect(plainResult).toBe('connected');
      expect(publicResult).toBe('connected');
    } finally {
      for (const socket of [evil, plain, public_]) socket.close();
    }
  });

  it('lets pages connect only to their own origin and PUBLIC_URL (CSP connect-src)', async () => {
    const response = await call(server.httpUrl, 'GET', '/healthz');
    const csp = response.headers.get('content-security-policy') ?? '';
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
    expect(connect).toEqual([
      "'self'",
      PUBLIC_URL,
      'wss://board.example.org',
      `ws://127.0.0.1:${server.port}`,
    ]);
    expect(connect).not.toContain('ws:');
    expect(connect).not.toContain('wss:');
  });

  it('creates DATA_DIR for its owner only (0700) and its database files 0600', async () => {
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    const files = fs.readdirSync(dataDir).filter((name) => name.includes('.sqlite'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect(fs.statSync(path.join(dataDir, name)).mode & 0o777, name).toBe(0o600);
  });
});

describe('an existing world-readable DATA_DIR', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-hardening-old-'));
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is tightened at boot, files included', async () => {
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'programmes.sqlite'), '', { mode: 0o644 });
    fs.chmodSync(path.join(dir, 'programmes.sqlite'), 0o644);
    server = await startServer({ SECRET: TEST_SECRET }, dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'programmes.sqlite')).mode & 0o777).toBe(0o600);
  });
});
