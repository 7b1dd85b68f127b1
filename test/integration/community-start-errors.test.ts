import { ProgrammeTableSchema } from '@mentoring/shared/network/api';
import { CommunityListSchema, StartCommunityResponseSchema } from '@mentoring/shared/network/community-api';
import { ProgrammeDetailsResponseSchema } from '@mentoring/shared/schema/api';
import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeStore } from '../../server/src/programmes/programme-store.js';
import { createSqliteProgrammeStore } from '../../server/src/programmes/sqlite-programme-store.js';
import { call, expectOk } from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { communityInput, createNetwork, planCommunity, startCommunity, tokenOf } from '../helpers/network.js';

const CITIES = ['Riga', 'Málaga', 'Gent'];
const BOARDS = 2 + 3 * CITIES.length;

/**
 * A community start that fails half-way with an error (not a crash; kill-community-start.test.ts
 * has the crash): what it made is erased at once, nothing is listed as started, and the next start
 * makes the whole space.
 */
describe('a community start that fails half-way', () => {
  let inProcess: InProcessApp;
  let base: string;
  let store: ProgrammeStore;
  /** Boards added before the store fails (null: it does not fail). */
  let failAfter: number | null = null;
  const made: ProgrammeId[] = [];

  beforeAll(async () => {
    inProcess = await buildTestApp({}, async (dataDir) => {
      store = await createSqliteProgrammeStore({ dir: dataDir });
      // The real store, whose disk "fails" on one board of the start.
      const failing: ProgrammeStore = {
        ...store,
        async createProgramme(programme) {
          made.push(programme.id);
          return store.createProgramme(programme);
        },
        async addBoard(board) {
          if (failAfter !== null && failAfter-- <= 0) throw new Error('disk failed');
          return store.addBoard(board);
        },
      };
      return { programmes: failing };
    });
    base = await inProcess.app.fastify.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await inProcess?.close();
  });

  it('erases what it made, and the community starts whole afterwards', async () => {
    const network = await createNetwork(base, 'Errors');
    const id = network.network.id;
    const { community } = await planCommunity(
      base,
      network.token,
      id,
      communityInput('Fails', 'Jobs', CITIES),
    );
    failAfter = 5;
    expect((await startCommunity(base, network.token, id, community.id)).status).toBe(500);
    failAfter = null;
    const [broken] = made;
    if (!broken) throw new Error('the failed start made no programme');
    expect(await store.getProgramme(broken)).toBeNull();
    expect(await store.listBoards(broken)).toEqual([]);
    const listed = await expectOk(
      CommunityListSchema,
      200,
      call(base, 'GET', `/api/networks/${id}/communities`, { token: network.token }),
    );
    expect(listed.communities[0]?.programmeId).toBeNull();

    const started = StartCommunityResponseSchema.parse(
      (await startCommunity(base, network.token, id, community.id)).body,
    );
    const details = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(base, 'GET', `/api/programmes/${started.programme.id}`, {
        token: tokenOf(started.facilitatorLink),
      }),
    );
    expect(details.boards).toHaveLength(BOARDS);
    const table = await expectOk(
      ProgrammeTableSchema,
      200,
      call(base, 'GET', `/api/networks/${id}/programmes`, { token: network.token }),
    );
    expect(table.programmes.map((row) => row.id)).toEqual([started.programme.id]);
  });
});
