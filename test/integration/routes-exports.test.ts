import { IMPORT_BODY_LIMIT } from '@mentoring/shared/schema/exports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { bodyOver, inject, type Seed, seed } from '../helpers/inject.js';

const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('export, backup, import and version routes (app.inject)', () => {
  let test: InProcessApp;
  let s: Seed;
  beforeAll(async () => {
    test = await buildTestApp();
    s = await seed(test);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('GET …/boards/:boardId/export: 200 per format, 401, 403, 404, 400 for a format not offered or unknown', async () => {
    const url = (boardId: string, format: string) =>
      `/api/programmes/${s.programmeId}/boards/${boardId}/export?format=${format}`;
    const csv = await inject(test, 'GET', url(s.board.id, 'csv'), { token: s.observer });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect((await inject(test, 'GET', url(s.board.id, 'csv'))).status).toBe(401);
    expect((await inject(test, 'GET', url(s.board.id, 'csv'), { token: s.stranger })).status).toBe(403);
    expect((await inject(test, 'GET', url(UNKNOWN_ID, 'csv'), { token: s.observer })).status).toBe(404);
    const unknown = await inject(test, 'GET', url(s.board.id, 'xlsx'), { token: s.observer });
    expect(unknown).toMatchObject({ status: 400, body: { error: 'invalid parameters' } });
    const noQuery = `/api/programmes/${s.programmeId}/boards/${s.board.id}/export`;
    expect((await inject(test, 'GET', noQuery, { token: s.observer })).status).toBe(400);
  });

  it('GET /api/programmes/:id/backup: 200 ZIP, 401, 403 for roles without export', async () => {
    const url = `/api/programmes/${s.programmeId}/backup`;
    const zip = await inject(test, 'GET', url, { token: s.facilitator });
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    expect((await inject(test, 'GET', url)).status).toBe(401);
    expect((await inject(test, 'GET', url, { token: s.mentee })).status).toBe(403);
  });

  it('POST /api/import: 400 for what is not a backup, 413 past the import limit', async () => {
    const bad = await inject(test, 'POST', '/api/import', { body: { format: 'something-else' } });
    expect(bad).toMatchObject({ status: 400, body: { error: 'invalid body' } });
    const huge = await inject(test, 'POST', '/api/import', { raw: bodyOver(IMPORT_BODY_LIMIT) });
    expect(huge.status).toBe(413);
  });

  it('versions: list, make, open and restore with their refusals (401, 403, 404, 400)', async () => {
    const base = `/api/programmes/${s.programmeId}/boards/${s.board.id}/versions`;
    expect((await inject(test, 'GET', base)).status).toBe(401);
    expect((await inject(test, 'GET', base, { token: s.stranger })).status).toBe(403);
    const unknownBoard = `/api/programmes/${s.programmeId}/boards/${UNKNOWN_ID}/versions`;
    expect((await inject(test, 'GET', unknownBoard, { token: s.observer })).status).toBe(404);

    expect((await inject(test, 'POST', base, { token: s.observer, body: { name: 'v1' } })).status).toBe(403);
    expect((await inject(test, 'POST', base, { token: s.mentee, body: { name: ' ' } })).status).toBe(400);
    expect((await inject(test, 'POST', base, { token: s.mentee, raw: bodyOver(64 * 1024) })).status).toBe(
      413,
    );
    const made = await inject(test, 'POST', base, { token: s.mentee, body: { name: 'v1' } });
    expect(made).toMatchObject({ status: 201, body: { version: { name: 'v1', auto: false } } });
    const versionId = (made.body as { version: { id: string } }).version.id;

    const list = await inject(test, 'GET', base, { token: s.observer });
    expect(list.body).toMatchObject({ versions: [{ id: versionId }] });
    const opened = await inject(test, 'GET', `${base}/${versionId}`, { token: s.observer });
    expect(opened.body).toMatchObject({ version: { id: versionId }, state: expect.any(String) });
    expect((await inject(test, 'GET', `${base}/nope`, { token: s.observer })).status).toBe(404);
    expect((await inject(test, 'GET', `${base}/bad!id`, { token: s.observer })).status).toBe(400);

    expect((await inject(test, 'POST', `${base}/${versionId}/restore`, { token: s.observer })).status).toBe(
      403,
    );
    expect((await inject(test, 'POST', `${base}/nope/restore`, { token: s.mentee })).status).toBe(404);
    const restored = await inject(test, 'POST', `${base}/${versionId}/restore`, { token: s.mentee });
    expect(restored).toMatchObject({ status: 200, body: { restored: { id: versionId }, before: {} } });
  });
});
