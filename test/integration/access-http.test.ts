import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ErrorResponseSchema,
  InviteListResponseSchema,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  claimsOf,
  createBoard,
  createInvite,
  createProgramme,
  expectOk,
  joinAs,
  sign,
  TEST_SECRET,
  tampered,
} from '../helpers/access.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

/** Every token this file sees, to check that none ever reaches a log line. */
const seen = new Set<string>();
const remember = <T extends string>(token: T): T => {
  seen.add(token);
  return token;
};

describe('access over HTTP', () => {
  let server: ServerProcess;
  let base: string;
  beforeAll(async () => {
    server = await startServer({
      SECRET: TEST_SECRET,
      PUBLIC_URL: 'https://board.example.org',
      CORS_ORIGINS: 'https://partner.example.org',
      LOG_LEVEL: 'trace',
    });
    base = server.httpUrl;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('creates a programme whose creator is its facilitator, with a link that keeps the token out of URLs sent', async () => {
    const created = await createProgramme(base);
    remember(created.facilitatorToken);
    expect(created.programme.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.facilitatorLink).toBe(
      `https://board.example.org/programmes/${created.programme.id}#token=${created.facilitatorToken}`,
    );
    const session = await expectOk(
      SessionResponseSchema,
      200,
      call(base, 'GET', '/api/session', { token: created.facilitatorToken }),
    );
    expect(session.role).toBe('facilitator');
    expect(session.permissions).toContain('deleteProgramme');
    const details = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(base, 'GET', `/api/programmes/${created.programme.id}`, { token: created.facilitatorToken }),
    );
    expect(details.members.map((m) => m.role)).toEqual(['facilitator']);
  });

  it('refuses missing, wrong, tampered, foreign-secret, expired and revoked tokens with 401', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    const member = await joinAs(base, facilitatorToken, programme.id, 'mentee');
    remember(member.token);
    remember(member.invite.token);
    const path = `/api/programmes/${programme.id}`;
    const expired = remember(sign({ ...claimsOf(member.token), e: Math.floor(Date.now() / 1000) - 5 }));
    const forged = remember(sign(claimsOf(member.token), 'another-secret-of-at-least-32-characters!'));
    const cases: [string | undefined, string][] = [
      [undefined, 'missing token'],
      ['not-a-token', 'invalid token'],
      [remember(tampered(member.token)), 'invalid token'],
      [forged, 'invalid token'],
      [expired, 'token expired'],
      [member.invite.token, 'invite token: join the programme first'],
    ];
    for (const [token, message] of cases) {
      const response = await call(base, 'GET', path, { token });
      expect(response.status, message).toBe(401);
      expect(ErrorResponseSchema.parse(response.body).error).toBe(message);
    }
    expect((await call(base, 'GET', path, { token: member.token })).status).toBe(200);

    const revoke = `/api/programmes/${programme.id}/invites/${member.invite.inviteId}`;
    expect((await call(base, 'DELETE', revoke, { token: facilitatorToken })).status).toBe(200);
    const afterRevoke = await call(base, 'GET', path, { token: member.token });
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.body).toEqual({ error: 'token revoked' });
    const join = await call(base, 'POST', '/api/join', {
      body: { token: member.invite.token, displayName: 'Late' },
    });
    expect(join.status).toBe(401);
  });

  it('refuses a token of programme A on programme B with 403', async () => {
    const a = await createProgramme(base, 'A');
    const b = await createProgramme(base, 'B');
    remember(a.facilitatorToken);
    for (const [method, path] of [
      ['GET', `/api/programmes/${b.programme.id}`],
      ['GET', `/api/programmes/${b.programme.id}/export`],
      ['GET', `/api/programmes/${b.programme.id}/invites`],
      ['DELETE', `/api/programmes/${b.programme.id}`],
    ] as const) {
      expect((await call(base, method, path, { token: a.facilitatorToken })).status, path).toBe(403);
    }
    const board = await call(base, 'POST', `/api/programmes/${b.programme.id}/boards`, {
      token: a.facilitatorToken,
      body: { kind: 'canvas', title: 'Intruder' },
    });
    expect(board.status).toBe(403);
  });

  it('applies the role table: who may add boards, manage invites, export and delete', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    const observer = await joinAs(base, facilitatorToken, programme.id, 'observer');
    const mentee = await joinAs(base, facilitatorToken, programme.id, 'mentee');
    const local = await joinAs(base, facilitatorToken, programme.id, 'local-support');
    const boards = `/api/programmes/${programme.id}/boards`;
    const body = { kind: 'action-plan', title: 'Plan' };
    expect((await call(base, 'POST', boards, { token: observer.token, body })).status).toBe(403);
    expect((await call(base, 'POST', boards, { token: local.token, body })).status).toBe(403);
    const board = await createBoard(base, mentee.token, programme.id, 'action-plan', 'Plan');
    expect(board.docId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(board.docId).not.toBe(board.id);
    const rename = await call(base, 'PATCH', `${boards}/${board.id}`, {
      token: mentee.token,
      body: { title: 'Action plan' },
    });
    expect(rename.status).toBe(200);
    expect(rename.body).toMatchObject({ board: { id: board.id, title: 'Action plan' } });

    for (const [method, path] of [
      ['POST', `/api/programmes/${programme.id}/invites`],
      ['GET', `/api/programmes/${programme.id}/invites`],
      ['GET', `/api/programmes/${programme.id}/export`],
      ['DELETE', `/api/programmes/${programme.id}`],
    ] as const) {
      const response = await call(base, method, path, {
        token: mentee.token,
        ...(method === 'POST' ? { body: { role: 'mentor' } } : {}),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    const observerSession = await expectOk(
      SessionResponseSchema,
      200,
      call(base, 'GET', '/api/session', { token: observer.token }),
    );
    expect(observerSession.permissions).toEqual(['read']);
  });

  it('lists invites without tokens and will not revoke the invite of the caller’s own session', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    const invite = await createInvite(base, facilitatorToken, programme.id, 'mentor');
    remember(invite.token);
    expect(invite.link).toBe(`https://board.example.org/join#token=${invite.token}`);
    const list = await expectOk(
      InviteListResponseSchema,
      200,
      call(base, 'GET', `/api/programmes/${programme.id}/invites`, { token: facilitatorToken }),
    );
    expect(list.invites.map((i) => i.role)).toEqual(['facilitator', 'mentor']);
    expect(JSON.stringify(list)).not.toContain(invite.token);
    const own = claimsOf(facilitatorToken).i;
    const response = await call(base, 'DELETE', `/api/programmes/${programme.id}/invites/${own}`, {
      token: facilitatorToken,
    });
    expect(response.status).toBe(409);
  });

  it('answers invalid bodies with 400 and the zod issues', async () => {
    const { programme, facilitatorToken } = await createProgramme(base);
    // German is not one of the product's languages (French was, until it became one).
    const bad = await call(base, 'POST', '/api/programmes', { body: { title: '', language: 'de' } });
    expect(bad.status).toBe(400);
    const { error, details } = ErrorResponseSchema.parse(bad.body);
    expect(error).toBe('invalid body');
    const issues = (details as { issues: { path: string[] }[] }).issues;
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(
      ['language', 'menteeCity', 'mentorCity', 'title'].sort(),
    );

    const cases: [string, string, unknown][] = [
      [`/api/programmes/${programme.id}/boards`, 'POST', { kind: 'spreadsheet', title: 'x' }],
      [`/api/programmes/${programme.id}/invites`, 'POST', { role: 'admin', expiresInHours: -1 }],
      ['/api/join', 'POST', { token: 42 }],
    ];
    for (const [path, method, body] of cases) {
      const response = await call(base, method, path, { token: facilitatorToken, body });
      expect(response.status, path).toBe(400);
      expect(ErrorResponseSchema.parse(response.body).details).toMatchObject({ issues: expect.any(Array) });
    }
    expect((await call(base, 'POST', '/api/programmes', { raw: '{"title": ' })).status).toBe(400);
    const badId = await call(base, 'GET', '/api/programmes/short', { token: facilitatorToken });
    expect(badId.status).toBe(400);
  });

  it('sends security headers and a strict CORS policy', async () => {
    const response = await call(base, 'GET', '/healthz', { headers: { origin: 'https://evil.example' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain('connect-src');
    expect(csp).toContain('ws:');
    expect(csp).toContain('img-src');
    expect(csp).toContain('blob:');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();

    const preflight = (origin: string) =>
      call(base, 'OPTIONS', '/api/session', {
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://partner.example.org')).headers.get('access-control-allow-origin')).toBe(
      'https://partner.example.org',
    );
  });

  it('never writes a token into a log line', async () => {
    // Exercise the paths that handle tokens in odd places: query strings, bodies, errors.
    const { programme, facilitatorToken } = await createProgramme(base);
    remember(facilitatorToken);
    await call(base, 'GET', `/api/session?token=${facilitatorToken}`);
    await call(base, 'GET', `/api/programmes/${programme.id}?token=${facilitatorToken}`, {
      token: facilitatorToken,
    });
    await call(base, 'POST', '/api/join', { body: { token: facilitatorToken, displayName: 'x' } });
    await call(base, 'POST', '/api/join', { raw: `{"token":"${facilitatorToken}"` });
    await call(base, 'GET', '/api/session', { token: tampered(facilitatorToken) });
    expect(seen.size).toBeGreaterThan(5);
    const logs = server.logs.join('\n');
    expect(logs).toContain('request completed');
    for (const token of seen) {
      const [payload = '', mac = ''] = token.split('.');
      expect(logs).not.toContain(payload);
      expect(logs).not.toContain(mac);
    }
  });
});

describe('the token secret', () => {
  it('is required in production: the server refuses to start without one', () => {
    const entry = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
    const result = spawnSync(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DATA_DIR: tmpdir() },
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/SECRET: required when NODE_ENV=production/);
  });

  it('is generated once, kept in DATA_DIR with mode 0600, and survives a restart', async () => {
    let server = await startServer({});
    try {
      const { programme, facilitatorToken } = await createProgramme(server.httpUrl);
      expect(statSync(join(server.dataDir, 'token-secret')).mode & 0o777).toBe(0o600);
      await server.kill('SIGTERM');
      server = await server.restart();
      const response = await call(server.httpUrl, 'GET', `/api/programmes/${programme.id}`, {
        token: facilitatorToken,
      });
      expect(response.status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
