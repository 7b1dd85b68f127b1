import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { FORMAT_VERSION } from '../../server/src/format/version.js';
import { call, closeOf, openSocket } from '../helpers/access.js';
import {
  FIXTURE_PREFIX,
  type FixtureStore,
  fixtureDir,
  fixtureStore,
  storeSnapshot,
} from './format-fixture-kit.js';

/**
 * Data newer than the server understands (as left by a newer server, before a rollback) is refused
 * with a clear message and never written over: a whole store at boot, one record, one document, an
 * uploaded backup. Each starts from the format 1 fixtures and marks one part as written by format
 * FORMAT_VERSION + 1.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const NEWER = FORMAT_VERSION + 1;
const NEWER_MESSAGE = `data format ${NEWER} by a newer version of the server`;

/** Runs `use` with a plain client of the store's Redis. */
async function withRedis<T>(
  store: FixtureStore,
  use: (client: ReturnType<typeof createClient>) => Promise<T>,
) {
  const client = createClient({ url: store.redis?.url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}

/** Runs `use` on one of the store's SQLite databases (the server may have it open too). */
function withSqlite<T>(store: FixtureStore, name: string, use: (db: Database.Database) => T): T {
  const db = new Database(join(store.dataDir ?? '', name), { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    return use(db);
  } finally {
    db.close();
  }
}

/** An update that stamps a document with the newer format (as a newer server's migration would). */
function newerStamp(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('format').set('version', NEWER);
  return Y.encodeStateAsUpdate(doc);
}

describe.each(['sqlite', 'redis'] as const)('data of a newer format (%s)', (kind) => {
  let store: FixtureStore | undefined;
  afterEach(async () => {
    await store?.stop();
    store = undefined;
  });

  it('a store marked newer stops the boot with a clear message and is left untouched', async () => {
    store = await fixtureStore(ROOT, 1, kind);
    const s = store;
    if (kind === 'redis')
      await withRedis(s, (client) => client.set(`${FIXTURE_PREFIX}format-version`, String(NEWER)));
    else {
      withSqlite(s, 'docs.sqlite', (db) => {
        db.exec('CREATE TABLE format_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
        db.prepare("INSERT INTO format_meta (key, value) VALUES ('version', ?)").run(String(NEWER));
      });
    }
    const before = await storeSnapshot(s);
    const boot = s.boot();
    await expect(boot).rejects.toThrow(NEWER_MESSAGE);
    await expect(boot).rejects.toThrow(/upgrade the server/);
    expect(await storeSnapshot(s)).toEqual(before);
  });

  it('a programme record marked newer is refused (503, saying why) and left as it is', async () => {
    store = await fixtureStore(ROOT, 1, kind);
    const s = store;
    const { programmeId, tokens } = s.manifest;
    const key = `${FIXTURE_PREFIX}programme:{${programmeId}}:record`;
    const read = async () =>
      kind === 'redis'
        ? withRedis(s, async (client) => (await client.get(key)) ?? '')
        : withSqlite(
            s,
            'programmes.sqlite',
            (db) =>
              db
                .prepare<[string], { data: string }>('SELECT data FROM programme WHERE id = ?')
                .get(programmeId)?.data ?? '',
          );
    const newer = JSON.stringify({ ...JSON.parse(await read()), formatVersion: NEWER, addedLater: true });
    if (kind === 'redis') await withRedis(s, (client) => client.set(key, newer));
    else
      withSqlite(s, 'programmes.sqlite', (db) =>
        db.prepare('UPDATE programme SET data = ? WHERE id = ?').run(newer, programmeId),
      );
    const server = await s.boot();
    const path = `/api/programmes/${programmeId}`;
    const answers = [
      await call(server.httpUrl, 'GET', path, { token: tokens.facilitator }),
      await call(server.httpUrl, 'PATCH', `${path}/boards/${s.manifest.boards[0]?.id}`, {
        token: tokens.facilitator,
        body: { title: 'Renamed by an older server' },
      }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(JSON.stringify(answer.body)).toContain(NEWER_MESSAGE);
    }
    expect(await read()).toBe(newer);
  });

  it('a document marked newer is closed with 4426 and never written', async () => {
    store = await fixtureStore(ROOT, 1, kind);
    const s = store;
    const board = s.manifest.boards.find((b) => b.kind === 'needs-analysis')!;
    const stamp = Buffer.from(newerStamp());
    const logKey = `${FIXTURE_PREFIX}doc:{${board.docId}}:log`;
    const stored = async () =>
      kind === 'redis'
        ? withRedis(s, async (client) => JSON.stringify(await client.xRange(logKey, '-', '+')))
        : withSqlite(s, 'docs.sqlite', (db) =>
            JSON.stringify(db.prepare('SELECT * FROM doc_update ORDER BY seq').all()),
          );
    if (kind === 'redis') await withRedis(s, (client) => client.xAdd(logKey, '*', { u: stamp }));
    else
      withSqlite(s, 'docs.sqlite', (db) =>
        db.prepare('INSERT INTO doc_update (doc_id, data) VALUES (?, ?)').run(board.docId, stamp),
      );
    const before = await stored();
    const server = await s.boot();
    const opened = await openSocket(server.wsUrl, board.docId, s.manifest.tokens.facilitator);
    if (!opened.ws) throw new Error(`upgrade refused with ${opened.status}`);
    expect((await closeOf(opened.ws)).code).toBe(4426);
    // Over HTTP too: its export says why, with the same message.
    const exported = await call(
      server.httpUrl,
      'GET',
      `/api/programmes/${s.manifest.programmeId}/boards/${board.id}/export?format=json`,
      { token: s.manifest.tokens.facilitator },
    );
    expect(exported.status).toBe(503);
    expect(JSON.stringify(exported.body)).toContain(NEWER_MESSAGE);
    expect(await stored()).toBe(before);
    // The other boards still open.
    const other = s.manifest.boards.find((b) => b.kind === 'canvas')!;
    const fine = await openSocket(server.wsUrl, other.docId, s.manifest.tokens.facilitator);
    expect(fine.status).toBe(101);
    fine.ws?.close();
  });

  it.runIf(kind === 'sqlite')(
    'a backup of a newer format is refused with 422 and creates nothing',
    async () => {
      store = await fixtureStore(ROOT, 1, kind);
      const s = store;
      const server = await s.boot();
      const programmes = () =>
        withSqlite(s, 'programmes.sqlite', (db) => db.prepare('SELECT count(*) AS n FROM programme').get());
      const before = programmes();
      const backup = JSON.parse(readFileSync(join(fixtureDir(ROOT, 1), 'backup.json'), 'utf8'));
      const answer = await call(server.httpUrl, 'POST', '/api/import', {
        body: { ...backup, version: NEWER },
      });
      expect(answer.status).toBe(422);
      expect(JSON.stringify(answer.body)).toContain(`this backup was written in ${NEWER_MESSAGE}`);
      expect(programmes()).toEqual(before);
    },
  );
});
