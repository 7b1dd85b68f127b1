import http from 'node:http';
import { CreateProgrammeResponseSchema, ProgrammeDetailsResponseSchema } from '@mentoring/shared/schema/api';
import { type Backup, BackupSchema } from '@mentoring/shared/schema/exports';
import { unzipSync } from 'fflate';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, createBoard, createProgramme, expectOk, TEST_SECRET } from '../helpers/access.js';
import { download } from '../helpers/exports.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

/** A real backup of a programme with one canvas board, from the server's own backup ZIP. */
async function backupOf(server: ServerProcess): Promise<Backup> {
  const { programme, facilitatorToken } = await createProgramme(server.httpUrl, 'limits');
  await createBoard(server.httpUrl, facilitatorToken, programme.id, 'canvas');
  const zip = await download(server.httpUrl, `/api/programmes/${programme.id}/backup`, facilitatorToken);
  return BackupSchema.parse(JSON.parse(Buffer.from(unzipSync(zip.body)['backup.json'] ?? []).toString()));
}

/** The backup's boards, each repeated `times` under new ids. */
function withBoards(backup: Backup, times: number): Backup {
  const boards = Array.from({ length: times }, (_, at) =>
    backup.boards.map((board) => ({
      ...board,
      id: `${board.id.slice(0, 16)}${String(at).padStart(6, '0')}`,
    })),
  ).flat();
  return { ...backup, boards } as Backup;
}

/** An update of `count` delete ranges and no structs: a few bytes each, seconds to apply. */
function manyDeleteRanges(count: number): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of [0, 1, 1, count]) encoding.writeVarUint(encoder, value);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, i * 2);
    encoding.writeVarUint(encoder, 1);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Starts a POST /api/import and sends only the first half of its body, until `finish` is called.
 * Resolves once the server took the request (its `100 Continue`, sent as the request is routed).
 */
async function halfSentImport(server: ServerProcess, body: string) {
  const bytes = Buffer.from(body);
  const request = http.request(`${server.httpUrl}/api/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': bytes.length, expect: '100-continue' },
  });
  request.flushHeaders();
  await new Promise((resolve) => request.once('continue', resolve));
  const response = new Promise<number>((resolve, reject) => {
    request.once('response', (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    request.once('error', reject);
  });
  request.write(bytes.subarray(0, bytes.length >> 1));
  return {
    finish: () => {
      request.end(bytes.subarray(bytes.length >> 1));
      return response;
    },
  };
}

describe('import limits', () => {
  let server: ServerProcess;
  let backup: Backup;
  beforeAll(async () => {
    server = await startServer({
      SECRET: TEST_SECRET,
      IMPORT_MAX_BOARDS: '3',
      IMPORT_MAX_BOARD_BYTES: '200000',
      MAX_DOC_COST: '5000',
      IMPORTS_IN_PROGRESS: '1',
      IMPORTS_PER_HOUR: '8',
    });
    backup = await backupOf(server);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('imports within the limits, and refuses too many boards (413), a board too large (413) or too costly (422)', async () => {
    const imported = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/import', { body: withBoards(backup, 3) }),
    );
    const details = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(server.httpUrl, 'GET', `/api/programmes/${imported.programme.id}`, {
        token: imported.facilitatorToken,
      }),
    );
    expect(details.boards).toHaveLength(3);

    const tooMany = await call(server.httpUrl, 'POST', '/api/import', { body: withBoards(backup, 4) });
    expect(tooMany.status).toBe(413);
    expect((tooMany.body as { error: string }).error).toMatch(/at most 3 boards/);

    const big = new Y.Doc();
    big.getMap('store').set('shape:big', { type: 'note', text: 'x'.repeat(300_000) });
    const tooLarge = await call(server.httpUrl, 'POST', '/api/import', {
      body: withBoardState(backup, Y.encodeStateAsUpdate(big)),
    });
    expect(tooLarge.status).toBe(413);
    expect((tooLarge.body as { error: string }).error).toMatch(/more than 200000 bytes/);

    // 6,000 delete ranges: 25 kB, under every byte limit, over MAX_DOC_COST.
    const costly = await call(server.httpUrl, 'POST', '/api/import', {
      body: withBoardState(backup, manyDeleteRanges(6_000)),
    });
    expect(costly.status).toBe(422);
    expect((costly.body as { error: string }).error).toMatch(/MAX_DOC_COST/);
  });

  it('refuses a second import while one is in progress (503, Retry-After), and takes one again after', async () => {
    const first = await halfSentImport(server, JSON.stringify(backup));
    const refused = await call(server.httpUrl, 'POST', '/api/import', { body: backup });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await first.finish()).toBe(201);
    expect((await call(server.httpUrl, 'POST', '/api/import', { body: backup })).status).toBe(201);
  });

  it('limits imports per address per hour (429 with Retry-After), apart from the rest of the API', async () => {
    let last = await call(server.httpUrl, 'POST', '/api/import', { body: backup });
    for (let i = 0; i < 10 && last.status !== 429; i++) {
      last = await call(server.httpUrl, 'POST', '/api/import', { body: backup });
    }
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(60);
    // The rest of the API keeps its own budget.
    expect(
      (await call(server.httpUrl, 'POST', '/api/programmes', { body: { title: 'after' } })).status,
    ).not.toBe(429);
  });
});

function withBoardState(backup: Backup, state: Uint8Array): Backup {
  const [first] = backup.boards;
  if (!first) throw new Error('no board');
  return { ...backup, boards: [{ ...first, yjsUpdate: Buffer.from(state).toString('base64') }] };
}
