import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { programmeRoom, type SessionSocketData } from '../../server/src/session/handshake.js';
import {
  call,
  claimsOf,
  connectSocketIo,
  createProgramme,
  handshake,
  joinAs,
  sign,
  TEST_SECRET,
  tampered,
} from '../helpers/access.js';
import { waitFor } from '../helpers/wait.js';

// In process, so that the test can look into the server's rooms; the client is the real one.
describe('socket.io handshake', () => {
  let app: App;
  let base: string;
  let dir: string;
  const sockets: Socket[] = [];
  const open = (token?: string) => {
    const socket = connectSocketIo(base, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mb-socketio-'));
    app = await buildApp(
      loadConfig({ DATA_DIR: dir, SECRET: TEST_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test', PORT: '0' }),
    );
    base = await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses missing, wrong, tampered, expired, invite and revoked tokens as unauthorized', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    const member = await joinAs(base, facilitatorToken, programme.id, 'association');
    const expired = sign({ ...claimsOf(member.token), e: Math.floor(Date.now() / 1000) - 1 });
    for (const token of [undefined, 'garbage', tampered(member.token), expired, member.invite.token]) {
      expect(await handshake(open(token)), String(token)).toBe(HandshakeError.unauthorized.message);
    }
    await call(base, 'DELETE', `/api/programmes/${programme.id}/invites/${member.invite.inviteId}`, {
      token: facilitatorToken,
    });
    expect(await handshake(open(member.token))).toBe(HandshakeError.unauthorized.message);
  });

  it('accepts a member, keeps who it is, and puts it in its programme’s room', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    const member = await joinAs(base, facilitatorToken, programme.id, 'mentee', 'Ana');
    expect(await handshake(open(member.token))).toBe('connected');
    const inRoom = await waitFor(async () => {
      const found = await app.io.in(programmeRoom(programme.id)).fetchSockets();
      return found.length === 1 ? (found[0]?.data as SessionSocketData) : null;
    });
    const session = inRoom.session;
    expect(session?.member.displayName).toBe('Ana');
    expect(session?.role).toBe('mentee');
  });

  it('disconnects an open socket within 5 s of its invite being revoked', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    const member = await joinAs(base, facilitatorToken, programme.id, 'mentor');
    const socket = open(member.token);
    expect(await handshake(socket)).toBe('connected');
    const disconnected = new Promise<number>((resolve) => {
      const started = Date.now();
      socket.once('disconnect', () => resolve(Date.now() - started));
    });
    await call(base, 'DELETE', `/api/programmes/${programme.id}/invites/${member.invite.inviteId}`, {
      token: facilitatorToken,
    });
    expect(await disconnected).toBeLessThan(5_000);
  });
});
