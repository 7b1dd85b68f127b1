import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CreateProgrammeResponseSchema,
  InviteListResponseSchema,
  JoinResponseSchema,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { FORMAT_VERSION } from '../../server/src/format/version.js';
import { call, expectOk } from '../helpers/access.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';
import {
  contentOf,
  FIXTURE_PREFIX,
  type FixtureStore,
  fixtureDir,
  fixtureStore,
} from './format-fixture-kit.js';

/**
 * Today's server over data of format 1 (stored by the server of before versioning, committed under
 * test/fixtures/format-1): everything reads back as it was stored, in both stores; the store is
 * stamped with today's format at boot, a record when it is next written; and the format 1 backup
 * imports. When the format changes, copy this file for the new fixtures and keep this one.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function boardContent(server: ServerProcess, docId: string, token: string, kind: BoardKind) {
  const client = connectClient(server.wsUrl, docId, { params: { token } });
  await client.synced();
  const content = contentOf(kind, client.doc);
  client.destroy();
  return content;
}

/** The stored JSON of a board record, as the store holds it. */
async function storedBoard(store: FixtureStore, programmeId: string, boardId: string): Promise<unknown> {
  if (store.redis) {
    const client = createClient({ url: store.redis.url });
    await client.connect();
    try {
      return JSON.parse(
        (await client.hGet(`${FIXTURE_PREFIX}programme:{${programmeId}}:boards`, boardId)) ?? 'null',
      );
    } finally {
      client.destroy();
    }
  }
  const db = new Database(join(store.dataDir ?? '', 'programmes.sqlite'), { readonly: true });
  try {
    const row = db.prepare<[string], { data: string }>('SELECT data FROM board WHERE id = ?').get(boardId);
    return row ? JSON.parse(row.data) : null;
  } finally {
    db.close();
  }
}

/** The format the store as a whole records. */
async function storeFormat(store: FixtureStore): Promise<string | undefined> {
  if (store.redis) {
    const client = createClient({ url: store.redis.url });
    await client.connect();
    try {
      return (await client.get(`${FIXTURE_PREFIX}format-version`)) ?? undefined;
    } finally {
      client.destroy();
    }
  }
  const db = new Database(join(store.dataDir ?? '', 'docs.sqlite'), { readonly: true });
  try {
    return db.prepare<[], { value: string }>("SELECT value FROM format_meta WHERE key = 'version'").get()
      ?.value;
  } finally {
    db.close();
  }
}

describe.each(['sqlite', 'redis'] as const)('format 1 data read by today’s server (%s)', (kind) => {
  let store: FixtureStore;
  let server: ServerProcess;
  const manifest = () => store.manifest;
  const token = () => manifest().tokens.facilitator;
  const tokensValid = () => Date.now() < Date.parse(manifest().tokensExpireAt);

  beforeAll(async () => {
    store = await fixtureStore(ROOT, 1, kind);
    server = await store.boot();
  });
  afterAll(async () => {
    destroyAllClients();
    await store?.stop();
  });

  it('reads the programme, its members, boards and invites', async () => {
    const path = `/api/programmes/${manifest().programmeId}`;
    const details = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(server.httpUrl, 'GET', path, { token: token() }),
    );
    expect(details.programme.title).toBe(manifest().programmeTitle);
    expect(details.members.map((m) => m.displayName).sort()).toEqual([...manifest().members].sort());
    expect(details.boards.map((b) => [b.id, b.kind, b.title])).toEqual(
      manifest().boards.map((b) => [b.id, b.kind, b.title]),
    );
    const { invites } = await expectOk(
      InviteListResponseSchema,
      200,
      call(server.httpUrl, 'GET', `${path}/invites`, { token: token() }),
    );
    expect(invites).toHaveLength(manifest().invites);
    expect(invites.filter((i) => i.revokedAt !== null)).toHaveLength(manifest().revokedInvites);
  });

  it('takes the tokens it handed out (until they expire) and the invite nobody redeemed yet', async () => {
    const session = (t: string) => call(server.httpUrl, 'GET', '/api/session', { token: t });
    if (!tokensValid()) {
      // Made years ago: the records still load, and the tokens are refused as expired, not unreadable.
      expect((await session(token())).status).toBe(401);
      return;
    }
    expect((await expectOk(SessionResponseSchema, 200, session(token()))).role).toBe('facilitator');
    const member = await expectOk(SessionResponseSchema, 200, session(manifest().tokens.member));
    expect([member.role, member.member.displayName]).toEqual(['mentee', 'Ieva Bērziņa']);
    const body = { token: manifest().tokens.invite, displayName: 'Nuevo mentor' };
    const joined = await expectOk(
      JoinResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/join', { body }),
    );
    expect(joined.member.role).toBe('mentor');
  });

  it('reads every board as it was stored', async () => {
    for (const board of manifest().boards) {
      const content = await boardContent(server, board.docId, token(), board.kind as BoardKind);
      // Everything stored reads back unchanged; fields templates gained since (a visit's mode, the
      // meetings between visits) read as their fallbacks.
      expect(content, board.kind).toMatchObject(board.content as object);
      if (board.kind === 'visit-agenda') {
        const agenda = content as { meetings: unknown[]; visits: { mode: string; nextSteps: unknown[] }[] };
        expect(agenda.meetings).toEqual([]);
        for (const visit of agenda.visits) expect(visit).toMatchObject({ mode: 'in-person', nextSteps: [] });
      }
    }
  });

  it('reads the named version as it was when it was taken', async () => {
    const { version } = manifest();
    const plan = manifest().boards.find((b) => b.id === version.boardId)!;
    const path = `/api/programmes/${manifest().programmeId}/boards/${plan.id}/versions`;
    const { versions } = await expectOk(
      z.object({ versions: z.array(VersionMetaSchema) }),
      200,
      call(server.httpUrl, 'GET', path, { token: token() }),
    );
    expect(versions.map((v) => v.name)).toContain(version.name);
    const { state } = await expectOk(
      z.object({ state: z.string() }),
      200,
      call(server.httpUrl, 'GET', `${path}/${version.id}`, { token: token() }),
    );
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Buffer.from(state, 'base64'));
    expect(contentOf('action-plan', doc)).toEqual(version.content);
    expect(version.content).not.toEqual(plan.content);
  });

  it('records today’s format for the store at boot, and in a record when it is next written', async () => {
    expect(await storeFormat(store)).toBe(String(FORMAT_VERSION));
    const [first, second] = manifest().boards;
    const before = await storedBoard(store, manifest().programmeId, second!.id);
    expect(before).not.toHaveProperty('formatVersion');
    const path = `/api/programmes/${manifest().programmeId}/boards/${first!.id}`;
    expect(
      (await call(server.httpUrl, 'PATCH', path, { token: token(), body: { title: 'Renombrado' } })).status,
    ).toBe(200);
    expect(await storedBoard(store, manifest().programmeId, first!.id)).toMatchObject({
      formatVersion: FORMAT_VERSION,
      title: 'Renombrado',
    });
    expect(await storedBoard(store, manifest().programmeId, second!.id)).toEqual(before);
  });

  it.runIf(kind === 'sqlite')(
    'imports the format 1 backup as a new programme with the same boards',
    async () => {
      const backup = readFileSync(join(fixtureDir(ROOT, 1), 'backup.json'), 'utf8');
      const created = await expectOk(
        CreateProgrammeResponseSchema,
        201,
        call(server.httpUrl, 'POST', '/api/import', { raw: backup }),
      );
      const details = await expectOk(
        ProgrammeDetailsResponseSchema,
        200,
        call(server.httpUrl, 'GET', `/api/programmes/${created.programme.id}`, {
          token: created.facilitatorToken,
        }),
      );
      const parsed = JSON.parse(backup) as { boards: { title: string; kind: BoardKind; content: unknown }[] };
      expect(details.boards.map((b) => b.title)).toEqual(parsed.boards.map((b) => b.title));
      for (const board of details.boards) {
        // Agenda items link the plan by its id, which the import renews: the others read the same.
        if (board.kind === 'visit-agenda') continue;
        const content = await boardContent(server, board.docId, created.facilitatorToken, board.kind);
        expect(content, board.kind).toEqual(manifest().boards.find((b) => b.kind === board.kind)?.content);
      }
    },
  );
});
