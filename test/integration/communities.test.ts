import { randomBytes } from 'node:crypto';
import {
  CreateNetworkResponseSchema,
  NetworkBackupSchema,
  ProgrammeTableSchema,
} from '@mentoring/shared/network/api';
import { CommunityListSchema, StartCommunityResponseSchema } from '@mentoring/shared/network/community-api';
import { ProgrammeDetailsResponseSchema } from '@mentoring/shared/schema/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectOk, TEST_SECRET } from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import {
  communityInput,
  createNetwork,
  networkInvite,
  planCommunity,
  startCommunity,
  tokenOf,
} from '../helpers/network.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { startTwoNodes, type TwoNodes } from '../helpers/two-nodes.js';

const CITIES = ['Riga', 'Málaga', 'Gent', 'Θεσσαλονίκη'];

for (const store of ['sqlite', 'redis'] as const) {
  describe(`communities of practice (${store})`, () => {
    let inProcess: InProcessApp;
    let base: string;
    let redis: RedisServer | null = null;

    beforeAll(async () => {
      if (store === 'redis') redis = await startRedis();
      const env: Record<string, string> = redis
        ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `com-${randomBytes(4).toString('hex')}:` }
        : {};
      inProcess = await buildTestApp(env);
      base = await inProcess.app.fastify.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await inProcess?.close();
      await redis?.stop();
    });

    it('plans a community, starts its space once, and shows its cities once to the coordinator', async () => {
      const network = await createNetwork(base, 'Communities');
      const id = network.network.id;
      const staff = await networkInvite(base, network.token, id);
      const { community } = await planCommunity(
        base,
        staff.token,
        id,
        communityInput('Language cafés', 'Language learning', CITIES),
      );
      expect(community.programmeId).toBeNull();
      const listed = await expectOk(
        CommunityListSchema,
        200,
        call(base, 'GET', `/api/networks/${id}/communities`, { token: network.token }),
      );
      expect(listed.communities.map((c) => c.id)).toEqual([community.id]);

      const started = StartCommunityResponseSchema.parse(
        (await startCommunity(base, staff.token, id, community.id)).body,
      );
      expect(started.programme.cities).toEqual(CITIES);
      expect(started.programme.networkId).toBe(id);
      expect(started.community.programmeId).toBe(started.programme.id);
      const again = await startCommunity(base, staff.token, id, community.id);
      expect(again.status).toBe(409);

      const details = await expectOk(
        ProgrammeDetailsResponseSchema,
        200,
        call(base, 'GET', `/api/programmes/${started.programme.id}`, {
          token: tokenOf(started.facilitatorLink),
        }),
      );
      const kinds = details.boards.map((b) => b.kind);
      expect(kinds.filter((k) => k === 'canvas')).toHaveLength(1);
      expect(kinds.filter((k) => k === 'good-practice')).toHaveLength(1);
      for (const kind of ['needs-analysis', 'mentor-strengths', 'action-plan'] as const)
        expect(kinds.filter((k) => k === kind)).toHaveLength(CITIES.length);
      expect(details.boards.map((b) => b.title)).toContain('Action plan — Θεσσαλονίκη');

      const table = await expectOk(
        ProgrammeTableSchema,
        200,
        call(base, 'GET', `/api/networks/${id}/programmes`, { token: network.token }),
      );
      expect(table.programmes).toHaveLength(1);
      expect(table.programmes[0]?.cities).toEqual(CITIES);
    });

    it('lets exactly one of several simultaneous starts make the space', async () => {
      const network = await createNetwork(base, 'Race');
      const id = network.network.id;
      const { community } = await planCommunity(
        base,
        network.token,
        id,
        communityInput('Race', 'Housing', CITIES),
      );
      const answers = await Promise.all(
        Array.from({ length: 5 }, () => startCommunity(base, network.token, id, community.id)),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
      const table = await expectOk(
        ProgrammeTableSchema,
        200,
        call(base, 'GET', `/api/networks/${id}/programmes`, { token: network.token }),
      );
      expect(table.programmes).toHaveLength(1);
    });

    it('refuses bad communities with a clear error and keeps networks apart', async () => {
      const network = await createNetwork(base, 'Checks');
      const id = network.network.id;
      const post = (community: unknown, token = network.token, networkId: string = id) =>
        call(base, 'POST', `/api/networks/${networkId}/communities`, { token, body: { community } });
      const pair = await post(communityInput('Pair', 'Housing', ['Riga', 'Gent']));
      expect(pair.status).toBe(400);
      expect(JSON.stringify(pair.body)).toContain('at least 3 cities');
      const twice = await post(communityInput('Twice', 'Housing', ['Riga', 'Gent', 'riga']));
      expect(twice.status).toBe(400);
      expect(JSON.stringify(twice.body)).toContain('each city only once');
      expect((await post({ title: '', topic: 'x', language: 'en', cities: [] })).status).toBe(400);

      const { community } = await planCommunity(
        base,
        network.token,
        id,
        communityInput('Mine', 'Jobs', CITIES),
      );
      const other = await createNetwork(base, 'Other');
      const otherId = other.network.id;
      // The other network's token reaches none of this network's communities, by either path.
      expect(
        (await call(base, 'GET', `/api/networks/${id}/communities`, { token: other.token })).status,
      ).toBe(403);
      expect((await startCommunity(base, other.token, id, community.id)).status).toBe(403);
      expect((await startCommunity(base, other.token, otherId, community.id)).status).toBe(404);
      const theirs = await expectOk(
        CommunityListSchema,
        200,
        call(base, 'GET', `/api/networks/${otherId}/communities`, { token: other.token }),
      );
      expect(theirs.communities).toEqual([]);
    });

    it('keeps communities in the backup; an import carries the ones not yet started', async () => {
      const network = await createNetwork(base, 'Backup');
      const id = network.network.id;
      const planned = await planCommunity(base, network.token, id, communityInput('Planned', 'Jobs', CITIES));
      const begun = await planCommunity(base, network.token, id, communityInput('Begun', 'Health', CITIES));
      expect((await startCommunity(base, network.token, id, begun.community.id)).status).toBe(201);
      const backup = await expectOk(
        NetworkBackupSchema,
        200,
        call(base, 'GET', `/api/networks/${id}/backup`, { token: network.token }),
      );
      expect(backup.communities.map((c) => c.title).sort()).toEqual(['Begun', 'Planned']);
      const restored = await expectOk(
        CreateNetworkResponseSchema,
        201,
        call(base, 'POST', '/api/networks/import', { body: backup }),
      );
      const listed = await expectOk(
        CommunityListSchema,
        200,
        call(base, 'GET', `/api/networks/${restored.network.id}/communities`, { token: restored.token }),
      );
      expect(listed.communities.map((c) => c.id)).toEqual([planned.community.id]);
      expect(listed.communities[0]?.networkId).toBe(restored.network.id);
    });
  });
}

describe('communities of practice on two nodes sharing one Redis', () => {
  let nodes: TwoNodes;
  beforeAll(async () => {
    nodes = await startTwoNodes({ SECRET: TEST_SECRET });
  });
  afterAll(async () => {
    await nodes?.stop();
  });

  it('starts a community once when both nodes are asked at the same moment', async () => {
    const network = await createNetwork(nodes.a.httpUrl, 'Two nodes');
    const id = network.network.id;
    for (let round = 0; round < 5; round += 1) {
      const { community } = await planCommunity(
        nodes.a.httpUrl,
        network.token,
        id,
        communityInput(`Round ${round}`, 'Housing', CITIES),
      );
      const answers = await Promise.all(
        [nodes.a, nodes.b, nodes.a, nodes.b].map((node) =>
          startCommunity(node.httpUrl, network.token, id, community.id),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409]);
    }
    const table = await expectOk(
      ProgrammeTableSchema,
      200,
      call(nodes.b.httpUrl, 'GET', `/api/networks/${id}/programmes`, { token: network.token }),
    );
    expect(table.programmes).toHaveLength(5);
  });
});
