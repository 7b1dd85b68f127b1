import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import { NETWORK_NAMESPACE } from '@mentoring/shared/protocol/network-events';
import { io, type Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  closeOf,
  connectSocketIo,
  createBoard,
  createProgramme,
  handshake,
  openSocket,
  TEST_SECRET,
} from '../helpers/access.js';
import { createNetwork } from '../helpers/network.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';

describe('limits', () => {
  let server: ServerProcess;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await startServer({
      SECRET: TEST_SECRET,
      MAX_CONNECTIONS_PER_PROGRAMME: '2',
      MAX_MESSAGE_BYTES: '2048',
    });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses WebSocket connections past MAX_CONNECTIONS_PER_PROGRAMME with 429, and frees slots on close', async () => {
    const { programme, facilitatorToken } = await createProgramme(server.httpUrl);
    const board = await createBoard(server.httpUrl, facilitatorToken, programme.id);
    const first = await openSocket(server.wsUrl, board.docId, facilitatorToken);
    const second = await openSocket(server.wsUrl, board.docId, facilitatorToken);
    expect([first.status, second.status]).toEqual([101, 101]);
    expect((await openSocket(server.wsUrl, board.docId, facilitatorToken)).status).toBe(429);

    // Another programme has its own budget.
    const other = await createProgramme(server.httpUrl);
    const otherBoard = await createBoard(server.httpUrl, other.facilitatorToken, other.programme.id);
    const elsewhere = await openSocket(server.wsUrl, otherBoard.docId, other.facilitatorToken);
    expect(elsewhere.status).toBe(101);
    elsewhere.ws?.close();

    first.ws?.close();
    const again = await waitFor(async () => {
      const attempt = await openSocket(server.wsUrl, board.docId, facilitatorToken);
      return attempt.status === 101 ? attempt : null;
    });
    again.ws?.close();
    second.ws?.close();
  });

  it('refuses socket.io handshakes past MAX_CONNECTIONS_PER_PROGRAMME', async () => {
    const { facilitatorToken } = await createProgramme(server.httpUrl);
    const open = () => {
      const socket = connectSocketIo(server.httpUrl, facilitatorToken);
      sockets.push(socket);
      return handshake(socket);
    };
    expect(await open()).toBe('connected');
    expect(await open()).toBe('connected');
    expect(await open()).toBe(HandshakeError.tooManyConnections.message);
  });

  it('refuses a network page channel past MAX_CONNECTIONS_PER_PROGRAMME per network, and frees its slot on close', async () => {
    const created = await createNetwork(server.httpUrl, 'Capped network');
    const networkId = created.network.id;
    const open = (network: { id: string; token: string }) => {
      const socket = io(`${server.httpUrl}${NETWORK_NAMESPACE}`, {
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
        auth: { networkId: network.id, token: network.token },
      });
      sockets.push(socket);
      return { socket, answer: handshake(socket) };
    };
    const mine = { id: networkId, token: created.token };
    const first = open(mine);
    expect(await first.answer).toBe('connected');
    expect(await open(mine).answer).toBe('connected');
    expect(await open(mine).answer).toBe(HandshakeError.tooManyConnections.message);

    // Another network has its own budget.
    const other = await createNetwork(server.httpUrl, 'Other network');
    expect(await open({ id: other.network.id, token: other.token }).answer).toBe('connected');

    first.socket.close();
    await waitFor(async () => ((await open(mine).answer) === 'connected' ? true : null), {
      what: 'a slot freed by the closed socket',
    });
  });

  it('answers an oversized API body with 413', async () => {
    const title = 'x'.repeat(100 * 1024);
    const body = { title, menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' };
    expect((await call(server.httpUrl, 'POST', '/api/programmes', { body })).status).toBe(413);
    expect(
      (await call(server.httpUrl, 'POST', '/api/join', { body: { token: title, displayName: 'x' } })).status,
    ).toBe(413);
  });

  it('closes a WebSocket that sends a frame over MAX_MESSAGE_BYTES, and only that one', async () => {
    const { programme, facilitatorToken } = await createProgramme(server.httpUrl);
    const board = await createBoard(server.httpUrl, facilitatorToken, programme.id);
    const big = await openSocket(server.wsUrl, board.docId, facilitatorToken);
    const calm = await openSocket(server.wsUrl, board.docId, facilitatorToken);
    if (!big.ws || !calm.ws) throw new Error('expected open sockets');
    const closed = closeOf(big.ws);
    big.ws.send(Buffer.alloc(4096, 1));
    expect((await closed).code).toBe(CloseCode.frameTooLarge.code);
    expect(calm.ws.readyState).toBe(calm.ws.OPEN);
    calm.ws.close();
  });
});

describe('HTTP rate limit', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET, RATE_LIMIT_PER_MINUTE: '5' });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers 429 past RATE_LIMIT_PER_MINUTE API requests per IP, and leaves health checks alone', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(server.httpUrl, 'GET', '/api/session')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await call(server.httpUrl, 'POST', '/api/programmes', { body: {} });
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: expect.stringMatching(/too many requests/) });
    expect((await call(server.httpUrl, 'GET', '/healthz')).status).toBe(200);
  });
});
