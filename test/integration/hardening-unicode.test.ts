import { BoardResponseSchema } from '@mentoring/shared/schema/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenSigner } from '../../server/src/auth/tokens.js';
import { createProgramme as storeProgramme } from '../../server/src/programmes/create-programme.js';
import { call, createBoard, createProgramme, TEST_SECRET } from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';

const LONE = 'Plan \ud800';

describe('lone UTF-16 surrogates are refused on the way in (real server)', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('refuses them in a board rename, a new board, a programme, a join and an import', async () => {
    const { programme, facilitatorToken: token } = await createProgramme(server.httpUrl);
    const board = await createBoard(server.httpUrl, token, programme.id, 'action-plan');
    const boards = `/api/programmes/${programme.id}/boards`;
    const refusals = [
      call(server.httpUrl, 'PATCH', `${boards}/${board.id}`, { token, body: { title: LONE } }),
      call(server.httpUrl, 'POST', boards, { token, body: { kind: 'canvas', title: LONE } }),
      call(server.httpUrl, 'POST', '/api/programmes', {
        body: { title: LONE, menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' },
      }),
      call(server.httpUrl, 'POST', '/api/join', { body: { token, displayName: '\udc00' } }),
      call(server.httpUrl, 'POST', '/api/import', {
        body: { format: 'mentoring-board-backup', version: 1, programme: { title: LONE } },
      }),
    ];
    for (const response of await Promise.all(refusals)) {
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toMatch(/well-formed Unicode/);
    }
    // The board kept its name and still exports.
    const csv = await call(server.httpUrl, 'GET', `${boards}/${board.id}/export?format=csv`, { token });
    expect(csv.status).toBe(200);
    const valid = await call(server.httpUrl, 'PATCH', `${boards}/${board.id}`, {
      token,
      body: { title: 'Plan 😀 ñ' },
    });
    expect(BoardResponseSchema.parse(valid.body).board.title).toBe('Plan 😀 ñ');
  });
});

describe('text stored before the check (in-process app)', () => {
  let test: InProcessApp;
  beforeAll(async () => {
    test = await buildTestApp();
  });
  afterAll(async () => {
    await test?.close();
  });

  it('exports a board and backs up a programme whose titles hold a lone surrogate', async () => {
    const { programmes } = test.app.deps;
    const { programme, facilitatorToken } = await storeProgramme(
      { programmes, signer: createTokenSigner(TEST_SECRET) },
      { title: LONE, menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' },
      'Old',
      new Date().toISOString(),
    );
    const headers = { authorization: `Bearer ${facilitatorToken}` };
    const created = await test.app.fastify.inject({
      method: 'POST',
      url: `/api/programmes/${programme.id}/boards`,
      headers,
      payload: { kind: 'action-plan', title: 'Board' },
    });
    const { board } = BoardResponseSchema.parse(created.json());
    await programmes.renameBoard(programme.id, board.id, `Board \udfff`);

    for (const format of ['csv', 'json', 'docx', 'pdf']) {
      const response = await test.app.fastify.inject({
        url: `/api/programmes/${programme.id}/boards/${board.id}/export?format=${format}`,
        headers,
      });
      expect(response.statusCode, format).toBe(200);
      expect(response.headers['content-disposition']).toContain('%EF%BF%BD');
    }
    const backup = await test.app.fastify.inject({ url: `/api/programmes/${programme.id}/backup`, headers });
    expect(backup.statusCode).toBe(200);
    expect(backup.headers['content-type']).toBe('application/zip');
  });
});
