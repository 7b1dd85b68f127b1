import path from 'node:path';
import { ProgrammeTableSchema } from '@mentoring/shared/network/api';
import { CommunityListSchema, StartCommunityResponseSchema } from '@mentoring/shared/network/community-api';
import { ProgrammeDetailsResponseSchema } from '@mentoring/shared/schema/api';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RedisClient } from '../../server/src/redis/client.js';
import { redisKeys } from '../../server/src/redis/keys.js';
import { call, expectOk, TEST_SECRET } from '../helpers/access.js';
import { communityInput, createNetwork, planCommunity, startCommunity, tokenOf } from '../helpers/network.js';
import { connect, findTraces } from '../helpers/redis-client.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { letTimePass, waitFor } from '../helpers/wait.js';
import { timeoutFor } from './support/durations.js';
import { recordFigures } from './support/report.js';

/**
 * A node SIGKILLed between claiming a community's start and finishing it. The kill is the server's
 * own (FAULT_POINT=community-start-made, server/src/fault-point.ts): the claim is written, the
 * programme and every board made, the community not yet marked started, which a kill timed from
 * outside almost never hits. After a restart the community must start again, once, whole, and the
 * half-made programme must be gone; with Redis, two nodes race for the start after the dead node's
 * lease ran out, and one wins.
 */

const CITIES = ['Riga', 'Málaga', 'Gent', 'Θεσσαλονίκη'];
/** Shared canvas and good practices, then needs analysis, strengths and action plan per city. */
const BOARDS = 2 + 3 * CITIES.length;
/** Short, so the test waits little for the dead node's lease to end (30 s in production). */
const LEASE_MS = 3_000;
const PREFIX = 'mb:';

const servers: ServerProcess[] = [];
let redis: RedisServer | undefined;
let client: RedisClient | undefined;
afterEach(async () => {
  await client?.quit().catch(() => undefined);
  client = undefined;
  // Newest first: the restarted node runs on the data dir that stopping the first one removes.
  for (const server of servers.splice(0).reverse()) await server.stop();
  await redis?.stop();
  redis = undefined;
});

/** The process is gone: it died by itself (its own SIGKILL), not by anything this test sent. */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** What the store holds of one programme: its record and the documents of its boards. */
interface Traces {
  programme: boolean;
  boards: number;
  members: number;
  /** Documents of `docIds` with anything stored. */
  docs: number;
}

/** The claim's programme id and that programme's board documents, read from the store itself. */
async function halfMade(kind: 'sqlite' | 'redis', dataDir: string, networkId: string, communityId: string) {
  if (kind === 'redis' && client) {
    const keys = redisKeys(PREFIX);
    const claim = await client.hGet(keys.networkRecords(networkId, 'communityStart'), communityId);
    const programmeId = JSON.parse(claim ?? '{}').programmeId as string;
    const boards = await client.hVals(keys.programmeBoards(programmeId));
    return { programmeId, docIds: boards.map((json) => JSON.parse(json).docId as string) };
  }
  const networks = new Database(path.join(dataDir, 'networks.sqlite'), { readonly: true });
  const programmes = new Database(path.join(dataDir, 'programmes.sqlite'), { readonly: true });
  try {
    const claim = networks
      .prepare("SELECT data FROM network_record WHERE network_id = ? AND kind = 'communityStart' AND id = ?")
      .get(networkId, communityId) as { data: string } | undefined;
    const programmeId = JSON.parse(claim?.data ?? '{}').programmeId as string;
    const boards = programmes.prepare('SELECT data FROM board WHERE programme_id = ?').all(programmeId) as {
      data: string;
    }[];
    return { programmeId, docIds: boards.map((row) => JSON.parse(row.data).docId as string) };
  } finally {
    networks.close();
    programmes.close();
  }
}

async function traces(
  kind: 'sqlite' | 'redis',
  dataDir: string,
  id: string,
  docIds: string[],
): Promise<Traces> {
  if (kind === 'redis' && client) {
    const keys = redisKeys(PREFIX);
    let docs = 0;
    for (const docId of docIds) if ((await findTraces(client, PREFIX, docId)).length > 0) docs += 1;
    return {
      programme: (await client.exists(keys.programme(id))) === 1,
      boards: await client.hLen(keys.programmeBoards(id)),
      members: await client.hLen(keys.programmeMembers(id)),
      docs,
    };
  }
  const programmes = new Database(path.join(dataDir, 'programmes.sqlite'), { readonly: true });
  const docStore = new Database(path.join(dataDir, 'docs.sqlite'), { readonly: true });
  const count = (db: Database.Database, sql: string, ...args: string[]) =>
    (db.prepare(sql).get(...args) as { n: number }).n;
  try {
    const stored = (docId: string) =>
      ['doc_snapshot', 'doc_update', 'doc_version'].some(
        (table) => count(docStore, `SELECT COUNT(*) AS n FROM ${table} WHERE doc_id = ?`, docId) > 0,
      );
    return {
      programme: count(programmes, 'SELECT COUNT(*) AS n FROM programme WHERE id = ?', id) > 0,
      boards: count(programmes, 'SELECT COUNT(*) AS n FROM board WHERE programme_id = ?', id),
      members: count(programmes, 'SELECT COUNT(*) AS n FROM member WHERE programme_id = ?', id),
      docs: docIds.filter(stored).length,
    };
  } finally {
    programmes.close();
    docStore.close();
  }
}

describe.each(['sqlite', 'redis'] as const)(
  'chaos: a node SIGKILLed between claiming a community start and finishing it (%s store)',
  (kind) => {
    it(
      'afterwards the community starts once, with all its boards, and the half-made programme is gone',
      async () => {
        if (kind === 'redis') {
          redis = await startRedis({ appendfsync: 'always' });
          client = await connect(redis.url);
        }
        const env = {
          SECRET: TEST_SECRET,
          NETWORK_LEASE_MS: String(LEASE_MS),
          ...(redis ? { REDIS_URL: redis.url, REDIS_KEY_PREFIX: PREFIX } : {}),
        };
        const armed = await startServer({ ...env, FAULT_POINT: 'community-start-made' });
        servers.push(armed);
        const network = await createNetwork(armed.httpUrl, 'Crash');
        const id = network.network.id;
        const { community } = await planCommunity(
          armed.httpUrl,
          network.token,
          id,
          communityInput('Crash', 'Housing', CITIES),
        );

        // The start kills its own node at the fault point: no answer comes back.
        const answer = await startCommunity(armed.httpUrl, network.token, id, community.id).catch(() => null);
        expect(answer).toBeNull();
        await waitFor(() => !alive(armed.pid) || undefined, { timeoutMs: 10_000, what: 'the node to die' });
        const diedAt = Date.now();
        // It died exactly there: the attempt's programme is whole in the store, with its creator.
        const left = await halfMade(kind, armed.dataDir, id, community.id);
        expect(await traces(kind, armed.dataDir, left.programmeId, left.docIds)).toMatchObject({
          programme: true,
          boards: BOARDS,
          members: 1,
        });

        // Back up (and, with Redis, a second node on the same store); the armed point stays off.
        const a = await startServer(env, armed.dataDir);
        servers.push(a);
        const nodes = [a];
        if (redis) {
          const b = await startServer(env);
          servers.push(b);
          nodes.push(b);
        }
        // Nothing half-made is visible: the community is not started and the table has no row.
        const before = await expectOk(
          CommunityListSchema,
          200,
          call(a.httpUrl, 'GET', `/api/networks/${id}/communities`, { token: network.token }),
        );
        expect(before.communities[0]?.programmeId).toBeNull();
        const emptyTable = await expectOk(
          ProgrammeTableSchema,
          200,
          call(a.httpUrl, 'GET', `/api/networks/${id}/programmes`, { token: network.token }),
        );
        expect(emptyTable.programmes).toEqual([]);

        // Once the dead node's lease ran out, several starts race (on both nodes with Redis): one wins.
        await letTimePass(Math.max(0, diedAt + LEASE_MS + 200 - Date.now()));
        const racers = [0, 1, 2, 3].map((at) => nodes[at % nodes.length] ?? a);
        const answers = await Promise.all(
          racers.map((node) => startCommunity(node.httpUrl, network.token, id, community.id)),
        );
        expect(answers.map((one) => one.status).sort()).toEqual([201, 409, 409, 409]);
        const won = StartCommunityResponseSchema.parse(answers.find((one) => one.status === 201)?.body);
        expect(won.programme.id).not.toBe(left.programmeId);

        const details = await expectOk(
          ProgrammeDetailsResponseSchema,
          200,
          call(a.httpUrl, 'GET', `/api/programmes/${won.programme.id}`, {
            token: tokenOf(won.facilitatorLink),
          }),
        );
        expect(details.boards).toHaveLength(BOARDS);
        const after = await expectOk(
          CommunityListSchema,
          200,
          call(nodes.at(-1)?.httpUrl ?? a.httpUrl, 'GET', `/api/networks/${id}/communities`, {
            token: network.token,
          }),
        );
        expect(after.communities[0]?.programmeId).toBe(won.programme.id);
        const table = await expectOk(
          ProgrammeTableSchema,
          200,
          call(a.httpUrl, 'GET', `/api/networks/${id}/programmes`, { token: network.token }),
        );
        expect(table.programmes.map((row) => row.id)).toEqual([won.programme.id]);
        // The dead node's programme was erased, documents and all: none of it is duplicated.
        expect(await traces(kind, a.dataDir, left.programmeId, left.docIds)).toEqual({
          programme: false,
          boards: 0,
          members: 0,
          docs: 0,
        });
        // And once started, it stays started: a later start is refused.
        expect((await startCommunity(a.httpUrl, network.token, id, community.id)).status).toBe(409);
        recordFigures(`kill-during-community-start-${kind}`, {
          boards: BOARDS,
          leaseMs: LEASE_MS,
          nodes: nodes.length,
          statuses: answers.map((one) => one.status),
        });
      },
      timeoutFor(LEASE_MS),
    );
  },
);
