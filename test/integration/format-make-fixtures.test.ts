import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addComment } from '@mentoring/shared/doc/comments';
import {
  CreateInviteResponseSchema,
  CreateProgrammeResponseSchema,
  JoinResponseSchema,
} from '@mentoring/shared/schema/api';
import type { Board, BoardKind } from '@mentoring/shared/schema/board';
import { INVITE_HOURS } from '@mentoring/shared/schema/invite';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { describe, it } from 'vitest';
import { z } from 'zod';
import { call, claimsOf, createBoard, expectOk, TEST_SECRET } from '../helpers/access.js';
import { download } from '../helpers/exports.js';
import { fillBoard } from '../helpers/fill-board.js';
import { startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';
import { contentOf, dumpRedis, FIXTURE_PREFIX, fixtureDir, type Manifest } from './format-fixture-kit.js';

/**
 * The script that makes the format fixtures: data of the current format, made by the server built in
 * server/dist, in both stores. Skipped in a normal run; to make (or remake) the fixtures of format N,
 * build the server of that format and run
 *
 *   MAKE_FORMAT_FIXTURES=N npx vitest run --project integration test/integration/format-make-fixtures.test.ts
 *
 * It writes test/fixtures/format-N/{sqlite,redis}/ (the data and a manifest of what the tests must
 * find in it) and backup.json. Commit them with the step that introduces format N + 1, so that the
 * tests keep proving that format N data still loads.
 */
const FORMAT = Number(process.env.MAKE_FORMAT_FIXTURES ?? 0);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const PROGRAMME = {
  title: 'Rīga–Málaga: integración “paso a paso”',
  menteeCity: 'Rīga',
  mentorCity: 'Málaga',
  language: 'es',
  facilitatorName: 'Núria Çelik',
} as const;
const BOARDS: [BoardKind, string][] = [
  ['needs-analysis', 'Análisis de necesidades'],
  ['action-plan', 'Plan de acción ñ'],
  ['visit-agenda', 'Agenda de la visita'],
  ['canvas', 'Lienzo'],
];

async function invite(server: ServerProcess, token: string, programmeId: string, role: string) {
  const body = { role, expiresInHours: INVITE_HOURS.max, label: `${role} link` };
  const path = `/api/programmes/${programmeId}/invites`;
  return expectOk(CreateInviteResponseSchema, 201, call(server.httpUrl, 'POST', path, { token, body }));
}

async function joinWith(server: ServerProcess, token: string, displayName: string) {
  const body = { token, displayName, organisation: 'Ayuntamiento' };
  return expectOk(JoinResponseSchema, 201, call(server.httpUrl, 'POST', '/api/join', { body }));
}

/** Edits a board through a real client, waits until the server confirmed it stored. */
async function edit(
  server: ServerProcess,
  board: Board,
  token: string,
  change: (doc: import('yjs').Doc) => void,
) {
  const client = connectClient(server.wsUrl, board.docId, { params: { token } });
  await client.synced();
  change(client.doc);
  await client.saved();
  client.destroy();
}

async function contentNow(server: ServerProcess, board: Board, token: string) {
  const client = connectClient(server.wsUrl, board.docId, { params: { token } });
  await client.synced();
  const content = contentOf(board.kind, client.doc);
  client.destroy();
  return content;
}

/** A programme as people use it today: members, invites (one revoked), four filled boards, a version. */
async function makeProgramme(server: ServerProcess): Promise<Omit<Manifest, 'format' | 'madeAt' | 'madeBy'>> {
  const created = await expectOk(
    CreateProgrammeResponseSchema,
    201,
    call(server.httpUrl, 'POST', '/api/programmes', { body: PROGRAMME }),
  );
  const programmeId = created.programme.id;
  // The tests' tokens come from long invites, so that they stay valid for years.
  const facilitator = await joinWith(
    server,
    (await invite(server, created.facilitatorToken, programmeId, 'facilitator')).token,
    'Co-facilitadora',
  );
  const token = facilitator.token;
  const member = await joinWith(
    server,
    (await invite(server, token, programmeId, 'mentee')).token,
    'Ieva Bērziņa',
  );
  const open = await invite(server, token, programmeId, 'mentor');
  const revoked = await invite(server, token, programmeId, 'observer');
  await call(server.httpUrl, 'DELETE', `/api/programmes/${programmeId}/invites/${revoked.inviteId}`, {
    token,
  });

  const boards = new Map<BoardKind, Board>();
  for (const [kind, title] of BOARDS)
    boards.set(kind, await createBoard(server.httpUrl, token, programmeId, kind, title));
  const plan = boards.get('action-plan')!;
  for (const [kind, board] of boards) {
    await edit(server, board, token, (doc) => {
      if (kind === 'canvas') doc.getMap('store').set('shape:1', { type: 'note', text: 'ñ ç Ελληνικά ā' });
      else {
        const links = kind === 'visit-agenda' ? { board: { id: plan.id, title: plan.title } } : {};
        fillBoard(doc, kind, 'es', links);
        const author = { memberId: facilitator.member.id, name: 'Co-facilitadora' };
        addComment(doc, { target: {}, author, text: `¿Pregunta sobre ${kind}?` });
      }
    });
  }
  // A named version of the plan, then more work on it: the version must read as it was.
  const versionPath = `/api/programmes/${programmeId}/boards/${plan.id}/versions`;
  const { version } = await expectOk(
    z.object({ version: VersionMetaSchema }),
    201,
    call(server.httpUrl, 'POST', versionPath, { token, body: { name: 'Antes de la visita' } }),
  );
  const versionContent = await contentNow(server, plan, token);
  await edit(server, plan, token, (doc) => fillBoard(doc, 'action-plan', 'es'));

  const expiries = [token, member.token].map((t) => claimsOf(t).e * 1000);
  return {
    programmeId,
    programmeTitle: PROGRAMME.title,
    tokens: { facilitator: token, member: member.token, invite: open.token },
    tokensExpireAt: new Date(Math.min(...expiries)).toISOString(),
    members: [PROGRAMME.facilitatorName, 'Co-facilitadora', 'Ieva Bērziņa'],
    invites: 5,
    revokedInvites: 1,
    boards: await Promise.all(
      [...boards.values()].map(async (b) => ({ ...b, content: await contentNow(server, b, token) })),
    ),
    version: { boardId: plan.id, id: version.id, name: version.name, content: versionContent },
  };
}

function manifestOf(made: Omit<Manifest, 'format' | 'madeAt' | 'madeBy'>): Manifest {
  // The commit server/dist was built from: HEAD, unless it was built from another (then say which).
  const commit =
    process.env.FIXTURE_SERVER_COMMIT ??
    execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  return { format: FORMAT, madeAt: new Date().toISOString(), madeBy: `server of commit ${commit}`, ...made };
}

const write = (file: string, data: unknown) => writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);

describe.runIf(FORMAT > 0)('make the format fixtures', () => {
  const out = fixtureDir(ROOT, FORMAT);

  it('with the SQLite store, and its backup', async () => {
    const server = await startServer({ SECRET: TEST_SECRET });
    try {
      const made = await makeProgramme(server);
      const zip = await download(
        server.httpUrl,
        `/api/programmes/${made.programmeId}/backup`,
        made.tokens.facilitator,
      );
      const backup = unzipSync(new Uint8Array(zip.body))['backup.json'];
      if (!backup) throw new Error('the backup ZIP has no backup.json');
      destroyAllClients();
      // A clean stop checkpoints the WAL, so that each database is one file.
      await server.kill('SIGTERM');
      const dir = join(out, 'sqlite');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const name of ['docs.sqlite', 'programmes.sqlite']) {
        const db = new Database(join(server.dataDir, name), { fileMustExist: true });
        db.exec(`VACUUM INTO '${join(dir, name)}'`);
        db.close();
      }
      write(join(dir, 'manifest.json'), manifestOf(made));
      writeFileSync(join(out, 'backup.json'), backup);
    } finally {
      await server.stop();
    }
  });

  it('with the Redis store', async () => {
    const redis = await startRedis();
    const env = { SECRET: TEST_SECRET, REDIS_URL: redis.url, REDIS_KEY_PREFIX: FIXTURE_PREFIX };
    const server = await startServer(env);
    try {
      const made = await makeProgramme(server);
      destroyAllClients();
      await server.kill('SIGTERM');
      const dir = join(out, 'redis');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      write(join(dir, 'keys.json'), await dumpRedis(redis.url));
      write(join(dir, 'manifest.json'), manifestOf(made));
    } finally {
      await server.stop();
      await redis.stop();
    }
  });
});
