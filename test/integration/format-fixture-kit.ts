import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTemplate } from '@mentoring/shared/doc/registry';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { createClient, RESP_TYPES } from 'redis';
import type * as Y from 'yjs';
import { z } from 'zod';
import { TEST_SECRET } from '../helpers/access.js';
import { type RedisServer, startRedis } from '../helpers/redis-server.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

/**
 * What the format fixtures hold and how the Redis part is written and loaded. The fixtures are data
 * of a past format, made by the server of that time (see format-make-fixtures.test.ts); the tests
 * in format-fixtures.test.ts boot today's server over them.
 */

/** The folder of format `n`'s fixtures. */
export const fixtureDir = (root: string, n: number) => `${root}/test/fixtures/format-${n}`;

/** The Redis key prefix the fixtures were made with. */
export const FIXTURE_PREFIX = 'mb:';

/** What a fixture's test must find again, written beside the data by the script that made it. */
export const ManifestSchema = z.object({
  format: z.number().int(),
  madeAt: z.string(),
  madeBy: z.string(),
  programmeId: z.string(),
  programmeTitle: z.string(),
  tokens: z.object({
    facilitator: z.string(),
    member: z.string(),
    /** An invite nobody redeemed yet: joining with it must still work. */
    invite: z.string(),
  }),
  /** Until then the tokens are valid; after it the test expects them refused as expired. */
  tokensExpireAt: z.string(),
  members: z.array(z.string()),
  invites: z.number().int(),
  revokedInvites: z.number().int(),
  boards: z.array(
    z.object({
      id: z.string(),
      docId: z.string(),
      kind: z.string(),
      title: z.string(),
      content: z.unknown(),
    }),
  ),
  version: z.object({ boardId: z.string(), id: z.string(), name: z.string(), content: z.unknown() }),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The content a board shows: its template's JSON, or the tldraw store of a canvas. */
export function contentOf(kind: BoardKind, doc: Y.Doc): unknown {
  return kind === 'canvas' ? doc.getMap('store').toJSON() : readTemplate(kind, doc);
}

/** One Redis key as JSON: binary values in base64, streams with their entry ids and last id. */
const KeySchema = z.discriminatedUnion('type', [
  z.object({ key: z.string(), type: z.literal('string'), value: z.string() }),
  z.object({ key: z.string(), type: z.literal('hash'), fields: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({ key: z.string(), type: z.literal('zset'), members: z.array(z.tuple([z.string(), z.string()])) }),
  z.object({ key: z.string(), type: z.literal('set'), members: z.array(z.string()) }),
  z.object({
    key: z.string(),
    type: z.literal('stream'),
    lastId: z.string(),
    entries: z.array(z.tuple([z.string(), z.array(z.string())])),
  }),
]);
export const RedisDumpSchema = z.array(KeySchema);
export type RedisDump = z.infer<typeof RedisDumpSchema>;

const b64 = (value: unknown) => {
  if (!Buffer.isBuffer(value)) throw new Error(`expected bytes, got ${typeof value}`);
  return value.toString('base64');
};
const bytes = (value: string) => Buffer.from(value, 'base64');
async function withRedis<T>(url: string, use: (client: ReturnType<typeof binary>) => Promise<T>): Promise<T> {
  const client = createClient({ url });
  await client.connect();
  try {
    return await use(binary(client));
  } finally {
    client.destroy();
  }
}
function binary(client: ReturnType<typeof createClient>) {
  return client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
}

/** Every key under `prefix`, sorted, as JSON (exact: binary values and stream ids are kept). */
export function dumpRedis(url: string, prefix = FIXTURE_PREFIX): Promise<RedisDump> {
  return withRedis(url, async (client) => {
    const names = (await client.keys(`${prefix}*`)).map((k) => k.toString());
    const dump: RedisDump = [];
    for (const key of names.sort()) {
      const type = String(await client.type(key));
      if (type === 'string') dump.push({ key, type, value: b64(await client.get(key)) });
      else if (type === 'hash') {
        const all = Object.entries(await client.hGetAll(key));
        dump.push({
          key,
          type,
          fields: all.map(([f, v]) => [b64(Buffer.from(f)), b64(v)] as [string, string]).sort(),
        });
      } else if (type === 'zset') {
        const all = await client.zRangeWithScores(key, 0, -1);
        dump.push({ key, type, members: all.map((m) => [b64(m.value), b64(Buffer.from(String(m.score)))]) });
      } else if (type === 'set')
        dump.push({ key, type, members: (await client.sMembers(key)).map(b64).sort() });
      else if (type === 'stream') {
        const info = (await client.sendCommand(['XINFO', 'STREAM', key])) as unknown[];
        const at = info.findIndex((v) => String(v) === 'last-generated-id');
        const entries = (await client.xRange(key, '-', '+')).map(({ id, message }) => {
          const fields = Object.entries(message).flatMap(([field, value]) => [
            b64(Buffer.from(field)),
            b64(value),
          ]);
          return [id.toString(), fields] as [string, string[]];
        });
        dump.push({ key, type, lastId: String(info[at + 1]), entries });
      } else throw new Error(`redis fixture: key ${key} has type ${type}, which the dump does not know`);
    }
    return dump;
  });
}

/** Writes a dump into a Redis (meant to be empty). */
export function loadRedis(url: string, dump: RedisDump): Promise<void> {
  return withRedis(url, async (client) => {
    for (const entry of dump) {
      const { key } = entry;
      if (entry.type === 'string') await client.set(key, bytes(entry.value));
      else if (entry.type === 'hash') {
        for (const [field, value] of entry.fields) await client.hSet(key, bytes(field), bytes(value));
      } else if (entry.type === 'zset') {
        for (const [member, score] of entry.members) {
          await client.zAdd(key, { score: Number(bytes(score).toString()), value: bytes(member) });
        }
      } else if (entry.type === 'set') {
        for (const member of entry.members) await client.sAdd(key, bytes(member));
      } else {
        for (const [id, fields] of entry.entries)
          await client.sendCommand(['XADD', key, id, ...fields.map(bytes)]);
        // A stream emptied by compaction still exists, with its last id: new entries must come after it.
        if (entry.entries.length === 0) {
          await client.sendCommand(['XADD', key, entry.lastId, 'u', '']);
          await client.sendCommand(['XDEL', key, entry.lastId]);
        }
        await client.sendCommand(['XSETID', key, entry.lastId]);
      }
    }
  });
}

/** A store made from a fixture, and a server booted over it (see {@link bootOverFixture}). */
export interface FixtureStore {
  readonly kind: 'sqlite' | 'redis';
  readonly manifest: Manifest;
  /** The SQLite folder (a copy of the fixture), or null with Redis. */
  readonly dataDir: string | null;
  /** The Redis server holding a copy of the fixture's keys, or null with SQLite. */
  readonly redis: RedisServer | null;
  /** Environment of a server over this store. */
  readonly env: Record<string, string>;
  /** Boots a server over it; rejects when the server exits before listening (with its logs). */
  boot(): Promise<ServerProcess>;
  /** Stops what it started and removes its copy. */
  stop(): Promise<void>;
}

/** Copies format `n`'s fixture of `kind` into a fresh store (a temporary folder, a new redis-server). */
export async function fixtureStore(root: string, n: number, kind: 'sqlite' | 'redis'): Promise<FixtureStore> {
  const dir = join(fixtureDir(root, n), kind);
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  let dataDir: string | null = null;
  let redis: RedisServer | null = null;
  const env: Record<string, string> = { SECRET: TEST_SECRET };
  if (kind === 'sqlite') {
    dataDir = mkdtempSync(join(tmpdir(), 'mb-server-'));
    for (const name of ['docs.sqlite', 'programmes.sqlite'])
      copyFileSync(join(dir, name), join(dataDir, name));
  } else {
    redis = await startRedis();
    await loadRedis(
      redis.url,
      RedisDumpSchema.parse(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8'))),
    );
    Object.assign(env, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: FIXTURE_PREFIX });
  }
  const servers: ServerProcess[] = [];
  return {
    kind,
    manifest,
    dataDir,
    redis,
    env,
    async boot() {
      const server = await startServer(env, dataDir ?? undefined);
      servers.push(server);
      return server;
    },
    async stop() {
      for (const server of servers) await server.stop();
      await redis?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a store holds, to compare before and after: the SQLite files' bytes, or every Redis key. */
export async function storeSnapshot(store: FixtureStore): Promise<unknown> {
  if (store.redis) return dumpRedis(store.redis.url);
  const dir = store.dataDir ?? '';
  return ['docs.sqlite', 'programmes.sqlite'].map((name) => readFileSync(join(dir, name)).toString('base64'));
}
