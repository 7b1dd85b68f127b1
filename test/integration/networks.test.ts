import { randomBytes } from 'node:crypto';
import { actionRows, createActionPlan } from '@mentoring/shared/doc/action-plan';
import { MatchListSchema, ProgrammeTableSchema } from '@mentoring/shared/network/api';
import { HandshakeError } from '@mentoring/shared/protocol/handshake-errors';
import { JoinResponseSchema, ProgrammeDetailsResponseSchema } from '@mentoring/shared/schema/api';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, connectSocketIo, expectOk, handshake, openSocket } from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import {
  chooseMentor,
  createNetwork,
  mentorProfile,
  needs,
  networkInvite,
  openDraft,
  publishProfile,
  tokenOf,
} from '../helpers/network.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** A network with two published profiles and a mentee's draft whose challenge carries `marker`. */
async function networkWithDraft(base: string, marker: string) {
  const created = await createNetwork(base, `Network ${marker}`);
  const id = created.network.id;
  const staff = await networkInvite(base, created.token, id);
  const good = await publishProfile(
    base,
    staff.token,
    id,
    mentorProfile(`Good ${marker}`, {
      experienceAreas: ['language-learning'],
      strengthFactors: ['volunteering', 'one-door'],
    }),
  );
  const near = await publishProfile(
    base,
    staff.token,
    id,
    mentorProfile(`Near ${marker}`, {
      context: {
        population: 160_000,
        migrantSharePercent: 8,
        governmentLevel: 'municipality',
        languages: ['el'],
      },
    }),
  );
  const { draft } = await openDraft(
    base,
    staff.token,
    id,
    `Draft ${marker}`,
    needs(`Mentee ${marker}`, `Challenge ${marker}`),
  );
  return {
    id,
    coordinator: created.token,
    staff: staff.token,
    good: good.profile,
    near: near.profile,
    draft,
  };
}

for (const store of ['sqlite', 'redis'] as const) {
  describe(`networks (${store})`, () => {
    let inProcess: InProcessApp;
    let base: string;
    let redis: RedisServer | null = null;
    const sockets: Socket[] = [];

    beforeAll(async () => {
      if (store === 'redis') redis = await startRedis();
      const env: Record<string, string> = redis
        ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `net-${randomBytes(4).toString('hex')}:` }
        : {};
      inProcess = await buildTestApp(env);
      base = await inProcess.app.fastify.listen({ port: 0, host: '127.0.0.1' });
    });
    afterEach(() => {
      destroyAllClients();
      for (const socket of sockets.splice(0)) socket.close();
    });
    afterAll(async () => {
      await inProcess?.close();
      await redis?.stop();
    });

    it('ranks the candidates of a draft and turns it into a programme with the mentor city invite', async () => {
      const n = await networkWithDraft(base, 'rank');
      const { matches } = await expectOk(
        MatchListSchema,
        200,
        call(base, 'GET', `/api/networks/${n.id}/drafts/${n.draft.id}/matches`, { token: n.staff }),
      );
      expect(matches.map((m) => m.profile.id)).toEqual([n.good.id, n.near.id]);
      const best = matches[0]?.score.lines.find((line) => line.component === 'factorStrength');
      expect(best).toMatchObject({ matched: ['volunteering', 'one-door'] });

      const made = await chooseMentor(base, n.staff, n.id, n.draft.id, n.good.id);
      expect(made.programme).toMatchObject({
        networkId: n.id,
        menteeCity: 'Mentee rank',
        mentorCity: 'Good rank',
      });
      expect(made.draft.programmeId).toBe(made.programme.id);
      const details = await expectOk(
        ProgrammeDetailsResponseSchema,
        200,
        call(base, 'GET', `/api/programmes/${made.programme.id}`, { token: tokenOf(made.facilitatorLink) }),
      );
      expect(details.boards.map((b) => b.kind)).toEqual(['needs-analysis']);
      const joined = await expectOk(
        JoinResponseSchema,
        201,
        call(base, 'POST', '/api/join', {
          body: { token: tokenOf(made.mentorInviteLink), displayName: 'Mentor' },
        }),
      );
      expect(joined.member.role).toBe('mentor');
      // A draft is chosen once.
      const again = await call(base, 'POST', `/api/networks/${n.id}/drafts/${n.draft.id}/choose`, {
        token: n.staff,
        body: { profileId: n.near.id },
      });
      expect(again.status).toBe(409);

      const table = await expectOk(
        ProgrammeTableSchema,
        200,
        call(base, 'GET', `/api/networks/${n.id}/programmes`, { token: n.coordinator }),
      );
      expect(table.programmes).toHaveLength(1);
      expect(table.programmes[0]).toMatchObject({ id: made.programme.id, phase: 'preparation' });
      expect(table.programmes[0]?.needsAnalysisPercent).toBeGreaterThan(0);
      // Staff publish and draft; the table is the coordinator's.
      expect((await call(base, 'GET', `/api/networks/${n.id}/programmes`, { token: n.staff })).status).toBe(
        403,
      );
    });

    it("keeps the coordinator's figures up to date as the programme changes", async () => {
      const n = await networkWithDraft(base, 'follow');
      const made = await chooseMentor(base, n.staff, n.id, n.draft.id, n.good.id);
      const facilitator = tokenOf(made.facilitatorLink);
      const row = async () => {
        const table = await expectOk(
          ProgrammeTableSchema,
          200,
          call(base, 'GET', `/api/networks/${n.id}/programmes`, { token: n.coordinator }),
        );
        const found = table.programmes.find((p) => p.id === made.programme.id);
        if (!found) throw new Error('no row for the programme');
        return found;
      };
      const first = await row();
      expect(first).toMatchObject({ phase: 'preparation', stepsDone: 0, approved: false });
      expect(first.needsAnalysisPercent).toBeGreaterThan(0);
      expect(first.lastActivity >= made.programme.createdAt).toBe(true);

      // A journey change is stored before its answer: the next read shows it.
      for (const step of ['needs-analysis', 'benchmark', 'mentor-profile', 'matching']) {
        const moved = await call(base, 'PATCH', `/api/programmes/${made.programme.id}/journey`, {
          token: facilitator,
          body: { action: 'skip', step, skipped: true },
        });
        expect(moved.status).toBe(200);
      }
      expect(await row()).toMatchObject({ phase: 'setup', stepsDone: 4 });

      // A new board is activity; an edit to it reaches the figures (computed soon after it is stored).
      const added = await call(base, 'POST', `/api/programmes/${made.programme.id}/boards`, {
        token: facilitator,
        body: { kind: 'action-plan', title: 'Plan' },
      });
      expect(added.status).toBe(201);
      const plan = (added.body as { board: { createdAt: string; docId: string } }).board;
      await expect
        .poll(async () => (await row()).lastActivity >= plan.createdAt, { timeout: 15_000 })
        .toBe(true);
      expect((await row()).actionPlanPercent).toBe(0);
      const writer = connectClient(`${base.replace(/^http/, 'ws')}/yjs`, plan.docId, {
        params: { token: facilitator },
      });
      await writer.synced();
      createActionPlan(writer.doc, { title: 'Buddies', menteeCity: 'Mentee', mentorCity: 'Mentor' });
      actionRows.insert(writer.doc, { by: null, values: { actions: 'Buddy project' } });
      await writer.saved();
      await expect.poll(async () => (await row()).actionPlanPercent, { timeout: 15_000 }).toBeGreaterThan(0);
      writer.destroy();
    });

    it('keeps two networks on one server apart', async () => {
      const a = await networkWithDraft(base, 'alpha');
      const b = await networkWithDraft(base, 'beta');
      for (const path of ['', '/profiles', '/drafts', '/programmes', '/invites', '/backup']) {
        expect(
          (await call(base, 'GET', `/api/networks/${a.id}${path}`, { token: b.coordinator })).status,
          path,
        ).toBe(403);
      }
      const profiles = await call(base, 'GET', `/api/networks/${b.id}/profiles`, { token: b.staff });
      expect(JSON.stringify(profiles.body)).not.toContain('alpha');
      // Another network's draft or profile, named through one's own network, is not found.
      expect(
        (await call(base, 'GET', `/api/networks/${b.id}/drafts/${a.draft.id}/matches`, { token: b.staff }))
          .status,
      ).toBe(404);
      const crossed = await call(base, 'POST', `/api/networks/${b.id}/drafts/${b.draft.id}/choose`, {
        token: b.staff,
        body: { profileId: a.good.id },
      });
      expect(crossed.status).toBe(404);
      const made = await chooseMentor(base, a.staff, a.id, a.draft.id, a.good.id);
      const tableB = await call(base, 'GET', `/api/networks/${b.id}/programmes`, { token: b.coordinator });
      expect(JSON.stringify(tableB.body)).not.toContain(made.programme.id);
      const grab = `/api/networks/${b.id}/programmes/${made.programme.id}/boards/${made.programme.id}`;
      expect((await call(base, 'GET', grab, { token: b.coordinator })).status).toBe(403);
    });

    it('gives the coordinator no byte of board content without a grant, on any channel; a grant and its revocation hold at once', async () => {
      const marker = `secret${randomBytes(6).toString('hex')}`;
      const n = await networkWithDraft(base, marker);
      const made = await chooseMentor(base, n.staff, n.id, n.draft.id, n.good.id);
      const facilitator = tokenOf(made.facilitatorLink);
      const pid = made.programme.id;
      const details = await expectOk(
        ProgrammeDetailsResponseSchema,
        200,
        call(base, 'GET', `/api/programmes/${pid}`, { token: facilitator }),
      );
      const board = details.boards[0]!;
      const programmePaths = [
        `/api/programmes/${pid}`,
        `/api/programmes/${pid}/export`,
        `/api/programmes/${pid}/backup`,
        `/api/programmes/${pid}/journey`,
        `/api/programmes/${pid}/boards/${board.id}/export?format=json`,
        `/api/programmes/${pid}/boards/${board.id}/versions`,
        `/api/programmes/${pid}/report.pdf`,
      ];
      for (const path of programmePaths) {
        const answer = await call(base, 'GET', path, { token: n.coordinator });
        expect(answer.status, path).toBe(401);
        expect(JSON.stringify(answer.body ?? ''), path).not.toContain(marker);
      }
      const wsUrl = `${base.replace(/^http/, 'ws')}/yjs`;
      expect((await openSocket(wsUrl, board.docId, n.coordinator)).status).toBe(401);
      const socket = connectSocketIo(base, n.coordinator);
      sockets.push(socket);
      expect(await handshake(socket)).toBe(HandshakeError.unauthorized.message);
      for (const path of ['/programmes', '/backup', '/drafts']) {
        const answer = await call(base, 'GET', `/api/networks/${n.id}${path}`, { token: n.coordinator });
        expect(answer.status, path).toBe(200);
        // The draft's text moved into the programme's board when the mentor was chosen.
        expect(JSON.stringify(answer.body), path).not.toContain(`Challenge ${marker}`);
      }
      const granted = `/api/networks/${n.id}/programmes/${pid}/boards/${board.id}`;
      expect((await call(base, 'GET', granted, { token: n.coordinator })).status).toBe(403);

      // Only the programme's facilitator grants; the coordinator cannot grant itself.
      const grant = `/api/programmes/${pid}/network-grants/${board.id}`;
      expect((await call(base, 'PUT', grant, { token: n.coordinator })).status).toBe(401);
      expect((await call(base, 'PUT', grant, { token: facilitator })).status).toBe(204);
      const read = await call(base, 'GET', granted, { token: n.coordinator });
      expect(read.status).toBe(200);
      expect(JSON.stringify(read.body)).toContain(`Challenge ${marker}`);
      const table = await expectOk(
        ProgrammeTableSchema,
        200,
        call(base, 'GET', `/api/networks/${n.id}/programmes`, { token: n.coordinator }),
      );
      expect(table.programmes[0]?.grantedBoards.map((b) => b.id)).toEqual([board.id]);

      const revokedAt = Date.now();
      expect((await call(base, 'DELETE', grant, { token: facilitator })).status).toBe(204);
      const after = await call(base, 'GET', granted, { token: n.coordinator });
      expect(after.status).toBe(403);
      expect(Date.now() - revokedAt).toBeLessThan(5000);
      expect(JSON.stringify(after.body)).not.toContain(marker);
    });

    it('ends revoked links and erases a network, leaving its programmes to their cities', async () => {
      const n = await networkWithDraft(base, 'erase');
      const made = await chooseMentor(base, n.staff, n.id, n.draft.id, n.good.id);
      const staff = await networkInvite(base, n.coordinator, n.id);
      expect(
        (
          await call(base, 'DELETE', `/api/networks/${n.id}/invites/${staff.invite.id}`, {
            token: n.coordinator,
          })
        ).status,
      ).toBe(204);
      expect((await call(base, 'GET', `/api/networks/${n.id}`, { token: staff.token })).status).toBe(401);

      const backup = await call(base, 'GET', `/api/networks/${n.id}/backup`, { token: n.coordinator });
      expect((await call(base, 'DELETE', `/api/networks/${n.id}`, { token: n.coordinator })).status).toBe(
        204,
      );
      expect(
        (await call(base, 'GET', `/api/networks/${n.id}/profiles`, { token: n.coordinator })).status,
      ).toBe(401);
      expect((await call(base, 'GET', `/api/networks/${n.id}/profiles`, { token: n.staff })).status).toBe(
        401,
      );
      const own = await call(base, 'GET', `/api/programmes/${made.programme.id}`, {
        token: tokenOf(made.facilitatorLink),
      });
      expect(own.status).toBe(200);

      const restored = await call(base, 'POST', '/api/networks/import', { body: backup.body });
      expect(restored.status).toBe(201);
      const { network, token } = restored.body as { network: { id: string }; token: string };
      expect(network.id).not.toBe(n.id);
      const profiles = await call(base, 'GET', `/api/networks/${network.id}/profiles`, { token });
      expect((profiles.body as { profiles: unknown[] }).profiles).toHaveLength(2);
    });
  });
}
