import net from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TEST_SECRET } from '../helpers/access.js';
import { openDoc } from '../helpers/programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** A raw TCP connection that sends `data` and then stalls; `closed` turns true when the server ends it. */
function halfOpen(port: number, data: string): { socket: net.Socket; closed: () => boolean } {
  let closed = false;
  const socket = net.connect(port, '127.0.0.1', () => {
    if (data) socket.write(data);
  });
  socket.on('error', () => undefined);
  socket.resume(); // read (and drop) what the server answers, so that its close is seen
  socket.on('close', () => {
    closed = true;
  });
  return { socket, closed: () => closed };
}

/** Creates a board and checks that a real y-websocket client syncs an edit and sees it stored. */
async function canSync(server: ServerProcess): Promise<void> {
  const { docId, token } = await openDoc(server.httpUrl);
  const client = connectClient(server.wsUrl, docId, { params: { token } });
  await client.synced(20_000);
  client.doc.getMap('probe').set('ok', true);
  await client.saved(20_000);
  const reader = connectClient(server.wsUrl, docId, { params: { token }, doc: new Y.Doc() });
  await reader.synced(20_000);
  expect(reader.doc.getMap('probe').get('ok')).toBe(true);
}

const sockets: net.Socket[] = [];
afterEach(() => {
  destroyAllClients();
  for (const socket of sockets.splice(0)) socket.destroy();
});

describe('half-open connections', () => {
  let server: ServerProcess;
  afterAll(async () => {
    await server?.stop();
  });

  it('closes unfinished upgrades, unfinished requests and silent sockets, and a client still syncs', async () => {
    server = await startServer({
      SECRET: TEST_SECRET,
      HEADERS_TIMEOUT_MS: '500',
      REQUEST_TIMEOUT_MS: '1000',
      CONNECTION_TIMEOUT_MS: '2000',
    });
    const port = server.port;
    const stalled = [
      ...Array.from({ length: 20 }, () =>
        halfOpen(port, 'GET /yjs/abc?token=x HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgr'),
      ),
      ...Array.from({ length: 20 }, () =>
        halfOpen(port, 'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: a\r\nUpgrade: web'),
      ),
      ...Array.from({ length: 20 }, () => halfOpen(port, 'GET /healthz HTTP/1.1\r\nHost: a\r\n')),
      // Headers complete, body never finished.
      ...Array.from({ length: 20 }, () =>
        halfOpen(
          port,
          'POST /api/programmes HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"ti',
        ),
      ),
      ...Array.from({ length: 20 }, () => halfOpen(port, '')),
    ];
    sockets.push(...stalled.map((s) => s.socket));
    await waitFor(() => stalled.every((s) => s.closed()), {
      timeoutMs: 30_000,
      what: 'the server to close every half-open connection',
    });
    await canSync(server);
  });
});

describe('connections per client address', () => {
  let server: ServerProcess;
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses connections past MAX_CONNECTIONS_PER_ADDRESS and accepts again once some close', async () => {
    const max = 20;
    server = await startServer({ SECRET: TEST_SECRET, MAX_CONNECTIONS_PER_ADDRESS: String(max) });
    const idle = Array.from({ length: max + 10 }, () => halfOpen(server.port, ''));
    sockets.push(...idle.map((s) => s.socket));
    await waitFor(() => idle.filter((s) => s.closed()).length === 10, {
      what: 'the connections past the cap to be closed',
    });
    expect(idle.slice(0, max).every((s) => !s.closed())).toBe(true);
    const past = halfOpen(server.port, 'GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n');
    sockets.push(past.socket);
    await waitFor(past.closed, { what: 'one more connection to be refused' });

    for (const s of idle) s.socket.destroy();
    await waitFor(
      async () =>
        (await fetch(`${server.httpUrl}/healthz`)
          .then((r) => r.status)
          .catch(() => 0)) === 200,
      { what: 'a connection to be accepted again' },
    );
    await canSync(server);
  });
});
