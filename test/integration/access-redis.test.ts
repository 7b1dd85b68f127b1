import { randomBytes } from 'node:crypto';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  closeOf,
  connectSocketIo,
  createBoard,
  createProgramme,
  handshake,
  joinAs,
  openSocket,
} from '../helpers/access.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

// Two nodes on one Redis, without SECRET: they must agree on a generated one, and a revocation made
// on one node must close connections held by the other.
describe('access across two nodes sharing Redis', () => {
  let redis: RedisServer;
  let a: ServerProcess;
  let b: ServerProcess;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `nodes-${randomBytes(4).toString('hex')}:` };
    [a, b] = await Promise.all([startServer(env), startServer(env)]);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('accepts on one node the tokens signed by the other', async () => {
    const { programme, facilitatorToken } = await createProgramme(a.httpUrl);
    const member = await joinAs(b.httpUrl, facilitatorToken, programme.id, 'mentor');
    expect(
      (await call(a.httpUrl, 'GET', `/api/programmes/${programme.id}`, { token: member.token })).status,
    ).toBe(200);
  });

  it('closes a WebSocket and a socket.io connection on node B within 5 s of a revocation on node A', async () => {
    const { programme, facilitatorToken } = await createProgramme(a.httpUrl);
    const board = await createBoard(a.httpUrl, facilitatorToken, programme.id);
    const member = await joinAs(a.httpUrl, facilitatorToken, programme.id, 'mentee');
    const opened = await openSocket(b.wsUrl, board.docId, member.token);
    if (!opened.ws) throw new Error(`expected an open socket, got ${opened.status}`);
    const socket = connectSocketIo(b.httpUrl, member.token);
    sockets.push(socket);
    expect(await handshake(socket)).toBe('connected');
    const started = Date.now();
    const wsClosed = closeOf(opened.ws);
    const ioClosed = new Promise<number>((resolve) =>
      socket.once('disconnect', () => resolve(Date.now() - started)),
    );

    const revoke = `/api/programmes/${programme.id}/invites/${member.invite.inviteId}`;
    expect((await call(a.httpUrl, 'DELETE', revoke, { token: facilitatorToken })).status).toBe(200);
    const { code } = await wsClosed;
    expect(code).toBe(CloseCode.unauthorized.code);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await ioClosed).toBeLessThan(5_000);
    expect((await openSocket(b.wsUrl, board.docId, member.token)).status).toBe(401);
  });

  it('closes connections on node B when node A erases the programme', async () => {
    const { programme, facilitatorToken } = await createProgramme(a.httpUrl);
    const board = await createBoard(a.httpUrl, facilitatorToken, programme.id);
    const opened = await openSocket(b.wsUrl, board.docId, facilitatorToken);
    if (!opened.ws) throw new Error(`expected an open socket, got ${opened.status}`);
    const closed = closeOf(opened.ws);
    expect(
      (await call(a.httpUrl, 'DELETE', `/api/programmes/${programme.id}`, { token: facilitatorToken }))
        .status,
    ).toBe(204);
    expect((await closed).code).toBe(CloseCode.unauthorized.code);
    expect(
      (await call(b.httpUrl, 'GET', `/api/programmes/${programme.id}`, { token: facilitatorToken })).status,
    ).toBe(401);
  });
});
