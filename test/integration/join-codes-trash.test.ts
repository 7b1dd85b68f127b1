import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import {
  BoardResponseSchema,
  CreateInviteResponseSchema,
  CreateProgrammeResponseSchema,
  JoinResponseSchema,
  ProgrammeDetailsResponseSchema,
} from '@mentoring/shared/schema/api';
import {
  InviteLinkResponseSchema,
  type JoinCode,
  JoinCodeResponseSchema,
} from '@mentoring/shared/schema/join-code';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  closeOf,
  createBoard,
  createInvite,
  createProgramme,
  expectOk,
  joinAs,
  openSocket,
  TEST_SECRET,
} from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { inject } from '../helpers/inject.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { destroyAllClients } from '../helpers/yjs-client.js';

/** Short join codes, invite links on any facilitator device, the board trash and programme deletion. */
describe('join codes, invite links, trash', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({
      SECRET: TEST_SECRET,
      ACCESS_CHECK_MS: '100',
      JOIN_CODE_ATTEMPTS_PER_MINUTE: '100',
      // A trash kept about 8.6 s, swept every 200 ms, so the purge is seen within the test.
      TRASH_DAYS: '0.0001',
      TRASH_SWEEP_MS: '200',
    });
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await server?.stop();
  });

  const base = () => server.httpUrl;
  async function codeFor(token: string, programmeId: string, role: 'mentee' | 'observer' = 'mentee') {
    const invite = await createInvite(base(), token, programmeId, role);
    const path = `/api/programmes/${programmeId}/join-codes`;
    const body = { inviteId: invite.inviteId };
    return {
      invite,
      ...(await expectOk(JoinCodeResponseSchema, 201, call(base(), 'POST', path, { token, body }))),
    };
  }

  it('a short code joins its own programme only, fits a small QR code, and dies when revoked', async () => {
    const a = await createProgramme(base(), 'codes-a');
    const b = await createProgramme(base(), 'codes-b');
    const { joinCode, link } = await codeFor(a.facilitatorToken, a.programme.id);
    expect(joinCode.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}$/);
    expect(link).toBe(`${base()}/j/${joinCode.code.slice(0, 4)}-${joinCode.code.slice(4)}`);
    expect(link.length).toBeLessThan(60);

    // Typed by hand: lower case and without the dash still works.
    const typed = joinCode.code.toLowerCase();
    const lookup = await call(base(), 'GET', `/api/join-codes/${typed}`);
    expect(lookup.body).toEqual({ programmeTitle: 'Programme codes-a', role: 'mentee' });
    const joined = await expectOk(
      JoinResponseSchema,
      201,
      call(base(), 'POST', `/api/join-codes/${typed}/join`, { body: { displayName: 'Ona' } }),
    );
    expect(joined.programme.id).toBe(a.programme.id);
    expect(joined.member.role).toBe('mentee');
    expect(JSON.stringify(lookup.body)).not.toContain('token');
    // The member's token opens programme A, never B.
    expect(
      (await call(base(), 'GET', `/api/programmes/${b.programme.id}`, { token: joined.token })).status,
    ).toBe(403);
    // B's facilitator can neither list nor revoke A's code.
    const bCodes = await call(base(), 'GET', `/api/programmes/${b.programme.id}/join-codes`, {
      token: b.facilitatorToken,
    });
    expect(bCodes.body).toEqual({ joinCodes: [] });
    const foreign = `/api/programmes/${b.programme.id}/join-codes/${joinCode.code}`;
    expect((await call(base(), 'DELETE', foreign, { token: b.facilitatorToken })).status).toBe(404);
    expect(
      (
        await call(base(), 'DELETE', `/api/programmes/${a.programme.id}/join-codes/${joinCode.code}`, {
          token: joined.token,
        })
      ).status,
    ).toBe(403);

    const revoke = `/api/programmes/${a.programme.id}/join-codes/${joinCode.code}`;
    expect((await call(base(), 'DELETE', revoke, { token: a.facilitatorToken })).status).toBe(200);
    expect((await call(base(), 'GET', `/api/join-codes/${joinCode.code}`)).status).toBe(401);
    const late = await call(base(), 'POST', `/api/join-codes/${joinCode.code}/join`, {
      body: { displayName: 'Late' },
    });
    expect(late.status).toBe(401);

    // Revoking the invite behind a code kills the code too.
    const other = await codeFor(a.facilitatorToken, a.programme.id);
    await call(base(), 'DELETE', `/api/programmes/${a.programme.id}/invites/${other.invite.inviteId}`, {
      token: a.facilitatorToken,
    });
    expect((await call(base(), 'GET', `/api/join-codes/${other.joinCode.code}`)).status).toBe(401);
  });

  it('a code lasts 12 hours by default, as asked otherwise, and never past its invite', async () => {
    const a = await createProgramme(base(), 'codes-expiry');
    const { joinCode } = await codeFor(a.facilitatorToken, a.programme.id);
    expect(Date.parse(joinCode.expiresAt) - Date.parse(joinCode.createdAt)).toBe(12 * 3600_000);
    const invite = await createInvite(base(), a.facilitatorToken, a.programme.id, 'mentor');
    const short = await expectOk(
      JoinCodeResponseSchema,
      201,
      call(base(), 'POST', `/api/programmes/${a.programme.id}/join-codes`, {
        token: a.facilitatorToken,
        body: { inviteId: invite.inviteId, expiresInHours: 1 },
      }),
    );
    expect(Date.parse(short.joinCode.expiresAt) - Date.parse(short.joinCode.createdAt)).toBe(3600_000);
  });

  it('a code whose invite has expired is refused (the code expired with it)', async () => {
    const a = await createProgramme(base(), 'codes-dead');
    const invite = await expectOk(
      CreateInviteResponseSchema,
      201,
      call(base(), 'POST', `/api/programmes/${a.programme.id}/invites`, {
        token: a.facilitatorToken,
        body: { role: 'observer', expiresInHours: 1 },
      }),
    );
    const { joinCode } = await expectOk(
      JoinCodeResponseSchema,
      201,
      call(base(), 'POST', `/api/programmes/${a.programme.id}/join-codes`, {
        token: a.facilitatorToken,
        body: { inviteId: invite.inviteId, expiresInHours: 48 },
      }),
    );
    expect(joinCode.expiresAt).toBe(invite.invite.expiresAt);
  });

  it('guessing codes is rate limited per address (429), without touching the rest of the API', async () => {
    // Its own app, so that no other test shares the per-address budget.
    const test = await buildTestApp({ SECRET: TEST_SECRET, JOIN_CODE_ATTEMPTS_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (const last of '2345678')
        statuses.push((await inject(test, 'GET', `/api/join-codes/ZZZZ-ZZZ${last}`)).status);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
      const joins: number[] = [];
      for (let i = 0; i < 6; i++) {
        joins.push(
          (await inject(test, 'POST', '/api/join-codes/ZZZZ-ZZZ9/join', { body: { displayName: 'G' } }))
            .status,
        );
      }
      expect(joins).toEqual([404, 404, 404, 404, 404, 429]);
      expect((await inject(test, 'POST', '/api/programmes', { body: {} })).status).toBe(400);
    } finally {
      await test.close();
    }
  });

  it('any facilitator device gets an invite link; nobody else does, and no other response holds it', async () => {
    const a = await createProgramme(base(), 'links');
    const b = await createProgramme(base(), 'links-b');
    const invite = await createInvite(base(), a.facilitatorToken, a.programme.id, 'mentor');
    const second = await joinAs(base(), a.facilitatorToken, a.programme.id, 'facilitator', 'Second device');
    const path = `/api/programmes/${a.programme.id}/invites/${invite.inviteId}/link`;
    const got = await expectOk(
      InviteLinkResponseSchema,
      200,
      call(base(), 'GET', path, { token: second.token }),
    );
    expect(got.link).toBe(invite.link);
    const mentor = await joinAs(base(), a.facilitatorToken, a.programme.id, 'mentor');
    expect((await call(base(), 'GET', path, { token: mentor.token })).status).toBe(403);
    expect((await call(base(), 'GET', path, { token: b.facilitatorToken })).status).toBe(403);
    expect((await call(base(), 'GET', path)).status).toBe(401);
    const secret = invite.token.split('.')[1] ?? 'x';
    for (const other of [
      `/api/programmes/${a.programme.id}/invites`,
      `/api/programmes/${a.programme.id}`,
      `/api/programmes/${a.programme.id}/join-codes`,
    ]) {
      const response = await call(base(), 'GET', other, { token: second.token });
      expect(JSON.stringify(response.body)).not.toContain(secret);
    }
    await call(base(), 'DELETE', `/api/programmes/${a.programme.id}/invites/${invite.inviteId}`, {
      token: a.facilitatorToken,
    });
    expect((await call(base(), 'GET', path, { token: second.token })).status).toBe(409);
  });

  it('a deleted board goes to the trash: others are cut off and refused, restore brings it back, then purge', async () => {
    const a = await createProgramme(base(), 'trash');
    const board = await createBoard(base(), a.facilitatorToken, a.programme.id, 'canvas');
    const mentor = await joinAs(base(), a.facilitatorToken, a.programme.id, 'mentor');
    const boardPath = `/api/programmes/${a.programme.id}/boards/${board.id}`;
    const open = await openSocket(server.wsUrl, board.docId, mentor.token);
    if (!open.ws) throw new Error('mentor could not open the board');
    const closed = closeOf(open.ws);

    expect((await call(base(), 'DELETE', boardPath, { token: mentor.token })).status).toBe(403);
    const trashed = await expectOk(
      BoardResponseSchema,
      200,
      call(base(), 'DELETE', boardPath, { token: a.facilitatorToken }),
    );
    expect(trashed.board.deletedAt).toEqual(expect.any(String));
    const { code, afterMs } = await closed;
    expect(code).toBe(CloseCode.forbidden.code);
    expect(afterMs).toBeLessThan(3000);
    expect((await openSocket(server.wsUrl, board.docId, mentor.token)).status).toBe(403);
    const facilitatorOpen = await openSocket(server.wsUrl, board.docId, a.facilitatorToken);
    expect(facilitatorOpen.status).toBe(101);
    facilitatorOpen.ws?.close();
    const exportPath = `${boardPath}/export?format=json`;
    expect((await call(base(), 'GET', exportPath, { token: mentor.token })).status).toBe(404);
    expect((await call(base(), 'GET', exportPath, { token: a.facilitatorToken })).status).toBe(200);
    const seen = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(base(), 'GET', `/api/programmes/${a.programme.id}`, { token: mentor.token }),
    );
    expect(seen.boards.map((b) => b.id)).not.toContain(board.id);

    // Undo: restored at once, the mentor may open it again.
    expect((await call(base(), 'POST', `${boardPath}/restore`, { token: mentor.token })).status).toBe(403);
    const restored = await expectOk(
      BoardResponseSchema,
      200,
      call(base(), 'POST', `${boardPath}/restore`, { token: a.facilitatorToken }),
    );
    expect(restored.board.deletedAt).toBeUndefined();
    const back = await openSocket(server.wsUrl, board.docId, mentor.token);
    expect(back.status).toBe(101);
    back.ws?.close();

    // Deleted again and left: purged after the (test-short) period, record and document.
    await call(base(), 'DELETE', boardPath, { token: a.facilitatorToken });
    await waitFor(
      async () => {
        const details = await expectOk(
          ProgrammeDetailsResponseSchema,
          200,
          call(base(), 'GET', `/api/programmes/${a.programme.id}`, { token: a.facilitatorToken }),
        );
        return details.boards.every((b) => b.id !== board.id);
      },
      { timeoutMs: 20_000, what: 'purge of the trashed board' },
    );
    expect((await call(base(), 'POST', `${boardPath}/restore`, { token: a.facilitatorToken })).status).toBe(
      404,
    );
    expect((await openSocket(server.wsUrl, board.docId, a.facilitatorToken)).status).toBe(403);
  });

  it('an expired code is refused', async () => {
    // The shortest code lives an hour: its expiry is tested on a stored record already past it.
    const test = await buildTestApp({ SECRET: TEST_SECRET });
    try {
      const a = await createProgrammeIn(test);
      const invite = CreateInviteResponseSchema.parse(
        (
          await inject(test, 'POST', `/api/programmes/${a.id}/invites`, {
            token: a.token,
            body: { role: 'mentee' },
          })
        ).body,
      );
      const past = new Date(Date.now() - 1000).toISOString();
      const stored = {
        code: 'HHHHJJJJ',
        programmeId: a.id,
        inviteId: invite.inviteId,
        createdAt: new Date(Date.now() - 3600_000).toISOString(),
        expiresAt: past,
        revokedAt: null,
      } as JoinCode;
      expect(await test.app.deps.programmes.addJoinCode(stored)).toBe(true);
      const lookup = await inject(test, 'GET', '/api/join-codes/HHHH-JJJJ');
      expect(lookup.status).toBe(401);
      expect(lookup.body).toMatchObject({ error: 'join code expired' });
      const join = await inject(test, 'POST', '/api/join-codes/HHHH-JJJJ/join', {
        body: { displayName: 'Late' },
      });
      expect(join.status).toBe(401);
    } finally {
      await test.close();
    }
  });

  it('deleting a programme from the UI path erases it with its join codes', async () => {
    const a = await createProgramme(base(), 'erase');
    const { joinCode } = await codeFor(a.facilitatorToken, a.programme.id);
    expect(
      (await call(base(), 'DELETE', `/api/programmes/${a.programme.id}`, { token: a.facilitatorToken }))
        .status,
    ).toBe(204);
    expect(
      (await call(base(), 'GET', `/api/programmes/${a.programme.id}`, { token: a.facilitatorToken })).status,
    ).toBe(401);
    expect((await call(base(), 'GET', `/api/join-codes/${joinCode.code}`)).status).toBe(404);
  });
});

async function createProgrammeIn(test: InProcessApp): Promise<{ id: string; token: string }> {
  const body = { title: 'Expiry', menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' };
  const created = CreateProgrammeResponseSchema.parse(
    (await inject(test, 'POST', '/api/programmes', { body })).body,
  );
  return { id: created.programme.id, token: created.facilitatorToken };
}
