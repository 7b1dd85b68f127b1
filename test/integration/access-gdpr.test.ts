import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { ProgrammeExportSchema } from '@mentoring/shared/schema/api';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  closeOf,
  createBoard,
  createProgramme,
  expectOk,
  joinAs,
  openSocket,
  TEST_SECRET,
} from '../helpers/access.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** A programme whose records and board content all carry `marker`. */
async function populate(server: ServerProcess, marker: string) {
  const created = await createProgramme(server.httpUrl, marker);
  const { programme, facilitatorToken } = created;
  const mentee = await joinAs(server.httpUrl, facilitatorToken, programme.id, 'mentee', `Person ${marker}`);
  await call(server.httpUrl, 'POST', `/api/programmes/${programme.id}/invites`, {
    token: facilitatorToken,
    body: { role: 'observer', label: `Label ${marker}` },
  });
  const boards = [
    await createBoard(server.httpUrl, facilitatorToken, programme.id, 'canvas', `Canvas ${marker}`),
    await createBoard(server.httpUrl, mentee.token, programme.id, 'action-plan', `Plan ${marker}`),
  ];
  for (const board of boards) {
    const client = connectClient(server.wsUrl, board.docId, { params: { token: mentee.token } });
    await client.synced();
    client.doc.getText('text').insert(0, `Text ${marker}`);
    client.doc.getMap('map').set('note', `Note ${marker}`);
    await client.saved();
    client.destroy();
  }
  return { ...created, mentee, boards };
}

/** Everything of the store that still mentions one of `needles`: file names or Redis keys. */
type Inspect = (needles: string[]) => Promise<string[]>;

function inspectFiles(dir: string): Inspect {
  return async (needles) =>
    readdirSync(dir).filter((name) => {
      const bytes = readFileSync(join(dir, name));
      return needles.some((needle) => bytes.includes(Buffer.from(needle)));
    });
}

function inspectRedis(url: string, prefix: string): Inspect {
  return async (needles) => {
    const client = createClient({ url });
    await client.connect();
    const found: string[] = [];
    try {
      for (const key of await client.keys(`${prefix}*`)) {
        const type = await client.type(key);
        let value = '';
        if (type === 'string') value = (await client.get(key)) ?? '';
        else if (type === 'hash') value = JSON.stringify(await client.hGetAll(key));
        else if (type === 'stream') value = JSON.stringify(await client.xRange(key, '-', '+'));
        if (needles.some((needle) => key.includes(needle) || value.includes(needle))) found.push(key);
      }
    } finally {
      client.destroy();
    }
    return found;
  };
}

describe.each(['sqlite', 'redis'] as const)('GDPR export and erasure with the %s store', (kind) => {
  let redis: RedisServer | undefined;
  let server: ServerProcess | undefined;
  let inspect: Inspect;
  const prefix = `gdpr-${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    if (kind === 'redis') redis = await startRedis();
    const env: Record<string, string> = { SECRET: TEST_SECRET };
    if (redis) Object.assign(env, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: prefix });
    server = await startServer(env);
    inspect = redis ? inspectRedis(redis.url, prefix) : inspectFiles(server.dataDir);
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await server?.stop();
    await redis?.stop();
  });

  it('exports everything to the facilitator only, then erases every trace and nothing else', async () => {
    if (!server) throw new Error('no server');
    const marker = `erase${randomBytes(6).toString('hex')}`;
    const keptMarker = `keep${randomBytes(6).toString('hex')}`;
    const gone = await populate(server, marker);
    const kept = await populate(server, keptMarker);
    const { programme, facilitatorToken, mentee, boards } = gone;
    const path = `/api/programmes/${programme.id}`;

    expect((await call(server.httpUrl, 'GET', `${path}/export`, { token: mentee.token })).status).toBe(403);
    const exported = await expectOk(
      ProgrammeExportSchema,
      200,
      call(server.httpUrl, 'GET', `${path}/export`, { token: facilitatorToken }),
    );
    expect(exported.programme.title).toContain(marker);
    expect(exported.members.map((m) => m.displayName)).toContain(`Person ${marker}`);
    expect(exported.invites.map((i) => i.label)).toContain(`Label ${marker}`);
    expect(exported.boards.map((b) => b.content)).toEqual([
      { text: `Text ${marker}`, map: { note: `Note ${marker}` } },
      { text: `Text ${marker}`, map: { note: `Note ${marker}` } },
    ]);
    expect(JSON.stringify(exported)).not.toContain(keptMarker);
    expect(await inspect([marker])).not.toEqual([]);

    const open = await openSocket(server.wsUrl, boards[0]!.docId, mentee.token);
    if (!open.ws) throw new Error('expected an open socket');
    const closed = closeOf(open.ws);
    expect((await call(server.httpUrl, 'DELETE', path, { token: mentee.token })).status).toBe(403);
    expect((await call(server.httpUrl, 'DELETE', path, { token: facilitatorToken })).status).toBe(204);
    expect([CloseCode.unauthorized.code, CloseCode.forbidden.code]).toContain((await closed).code);

    expect((await call(server.httpUrl, 'GET', path, { token: facilitatorToken })).status).toBe(401);
    expect((await openSocket(server.wsUrl, boards[0]!.docId, facilitatorToken)).status).toBe(401);
    const needles = [marker, programme.id, ...boards.map((b) => b.docId), mentee.member.id];
    expect(await inspect(needles)).toEqual([]);
    // The other programme is untouched.
    expect(await inspect([keptMarker])).not.toEqual([]);
    const keptExport = await call(server.httpUrl, 'GET', `/api/programmes/${kept.programme.id}/export`, {
      token: kept.facilitatorToken,
    });
    expect(JSON.stringify(keptExport.body)).toContain(`Text ${keptMarker}`);

    // Nothing comes back after a restart either (no log replay, no cache).
    await server.kill('SIGTERM');
    server = await server.restart();
    expect(await inspect(needles)).toEqual([]);
  });
});
