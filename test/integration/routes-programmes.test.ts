import { ErrorResponseSchema } from '@mentoring/shared/schema/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { bodyOver, inject, type Seed, seed } from '../helpers/inject.js';

const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const draft = { title: 'Routes', menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' };

describe('programme, session and board routes (app.inject)', () => {
  let test: InProcessApp;
  let s: Seed;
  beforeAll(async () => {
    test = await buildTestApp();
    s = await seed(test);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('POST /api/programmes: 201, 400 with the zod issues, 400 on broken JSON, 413 past 64 KB', async () => {
    expect((await inject(test, 'POST', '/api/programmes', { body: draft })).status).toBe(201);
    const bad = await inject(test, 'POST', '/api/programmes', { body: { ...draft, language: 'xx' } });
    expect(bad.status).toBe(400);
    const { error, details } = ErrorResponseSchema.parse(bad.body);
    expect(error).toBe('invalid body');
    expect(details).toEqual({ issues: [expect.objectContaining({ path: ['language'] })] });
    expect((await inject(test, 'POST', '/api/programmes', { raw: '{"title":' })).status).toBe(400);
    expect((await inject(test, 'POST', '/api/programmes')).status).toBe(400);
    expect((await inject(test, 'POST', '/api/programmes', { raw: bodyOver(64 * 1024) })).status).toBe(413);
  });

  it('GET /api/programmes/:id: 200 for members, 401 without a token, 403 for another programme, 400 for a bad id', async () => {
    const url = `/api/programmes/${s.programmeId}`;
    const ok = await inject(test, 'GET', url, { token: s.observer });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ programme: { id: s.programmeId }, boards: [{ id: s.board.id }] });
    expect((await inject(test, 'GET', url)).status).toBe(401);
    expect((await inject(test, 'GET', url, { token: 'not.a-token' })).status).toBe(401);
    expect((await inject(test, 'GET', url, { token: s.stranger })).status).toBe(403);
    const badId = await inject(test, 'GET', '/api/programmes/short', { token: s.facilitator });
    expect(badId.status).toBe(400);
    expect(ErrorResponseSchema.parse(badId.body).error).toBe('invalid parameters');
  });

  it('GET /api/session: 200 with the role and permissions, 401 without a token', async () => {
    const ok = await inject(test, 'GET', '/api/session', { token: s.observer });
    expect(ok.body).toMatchObject({ role: 'observer', permissions: expect.arrayContaining(['read']) });
    expect((await inject(test, 'GET', '/api/session')).status).toBe(401);
  });

  it('POST /api/programmes/:id/boards: 401, 403 for a role that may not, 403 elsewhere, 400, 413', async () => {
    const url = `/api/programmes/${s.programmeId}/boards`;
    const body = { kind: 'canvas', title: 'New' };
    expect((await inject(test, 'POST', url, { body })).status).toBe(401);
    expect((await inject(test, 'POST', url, { token: s.observer, body })).status).toBe(403);
    expect((await inject(test, 'POST', url, { token: s.stranger, body })).status).toBe(403);
    const bad = await inject(test, 'POST', url, {
      token: s.mentee,
      body: { kind: 'spreadsheet', title: 'x' },
    });
    expect(bad.status).toBe(400);
    expect((await inject(test, 'POST', url, { token: s.mentee, raw: bodyOver(64 * 1024) })).status).toBe(413);
    expect((await inject(test, 'POST', url, { token: s.mentee, body })).status).toBe(201);
  });

  it('PATCH /api/programmes/:id/boards/:boardId: 200, 401, 403, 404 for an unknown board, 400', async () => {
    const url = `/api/programmes/${s.programmeId}/boards/${s.board.id}`;
    const renamed = await inject(test, 'PATCH', url, { token: s.mentee, body: { title: 'Renamed' } });
    expect(renamed.body).toMatchObject({ board: { id: s.board.id, title: 'Renamed' } });
    expect((await inject(test, 'PATCH', url, { body: { title: 'x' } })).status).toBe(401);
    expect((await inject(test, 'PATCH', url, { token: s.observer, body: { title: 'x' } })).status).toBe(403);
    const unknown = `/api/programmes/${s.programmeId}/boards/${UNKNOWN_ID}`;
    expect((await inject(test, 'PATCH', unknown, { token: s.mentee, body: { title: 'x' } })).status).toBe(
      404,
    );
    expect((await inject(test, 'PATCH', url, { token: s.mentee, body: { title: '' } })).status).toBe(400);
  });

  it('GET /api/config, /healthz and /readyz answer with their declared shapes', async () => {
    expect((await inject(test, 'GET', '/api/config')).body).toEqual({});
    expect((await inject(test, 'GET', '/healthz')).body).toEqual({ ok: true });
    expect((await inject(test, 'GET', '/readyz')).body).toEqual({ ready: true, store: true, writes: true });
  });

  it('answers unknown routes 404 without naming them', async () => {
    const missing = await inject(test, 'GET', '/api/nowhere');
    expect(missing).toMatchObject({ status: 404, body: { error: 'not found' } });
  });
});
