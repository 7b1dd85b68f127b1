import { CreateInviteResponseSchema } from '@mentoring/shared/schema/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { bodyOver, inject, type Seed, seed } from '../helpers/inject.js';

const UNKNOWN_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('invite, join and GDPR routes (app.inject)', () => {
  let test: InProcessApp;
  let s: Seed;
  beforeAll(async () => {
    test = await buildTestApp({ ACCESS_CHECK_MS: '50' });
    s = await seed(test);
  });
  afterAll(async () => {
    await test?.close();
  });

  it('POST /api/programmes/:id/invites: 201, 401, 403 for non-facilitators and elsewhere, 400, 413', async () => {
    const url = `/api/programmes/${s.programmeId}/invites`;
    const created = await inject(test, 'POST', url, { token: s.facilitator, body: { role: 'mentor' } });
    expect(created.status).toBe(201);
    expect(CreateInviteResponseSchema.parse(created.body).invite.role).toBe('mentor');
    expect((await inject(test, 'POST', url, { body: { role: 'mentor' } })).status).toBe(401);
    expect((await inject(test, 'POST', url, { token: s.mentee, body: { role: 'mentor' } })).status).toBe(403);
    expect((await inject(test, 'POST', url, { token: s.stranger, body: { role: 'mentor' } })).status).toBe(
      403,
    );
    const bad = await inject(test, 'POST', url, { token: s.facilitator, body: { role: 'admin' } });
    expect(bad.status).toBe(400);
    expect((await inject(test, 'POST', url, { token: s.facilitator, raw: bodyOver(64 * 1024) })).status).toBe(
      413,
    );
  });

  it('GET /api/programmes/:id/invites: 200 without tokens in it, 401, 403', async () => {
    const url = `/api/programmes/${s.programmeId}/invites`;
    const list = await inject(test, 'GET', url, { token: s.facilitator });
    expect(list.status).toBe(200);
    expect((list.body as { invites: unknown[] }).invites.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(list.body)).not.toContain('token');
    expect((await inject(test, 'GET', url)).status).toBe(401);
    expect((await inject(test, 'GET', url, { token: s.observer })).status).toBe(403);
  });

  it('DELETE /api/programmes/:id/invites/:inviteId: 200, 401, 403, 404, 400', async () => {
    const url = `/api/programmes/${s.programmeId}/invites`;
    const { inviteId } = CreateInviteResponseSchema.parse(
      (await inject(test, 'POST', url, { token: s.facilitator, body: { role: 'observer' } })).body,
    );
    expect((await inject(test, 'DELETE', `${url}/${inviteId}`)).status).toBe(401);
    expect((await inject(test, 'DELETE', `${url}/${inviteId}`, { token: s.mentee })).status).toBe(403);
    expect((await inject(test, 'DELETE', `${url}/${UNKNOWN_ID}`, { token: s.facilitator })).status).toBe(404);
    expect((await inject(test, 'DELETE', `${url}/bad!id`, { token: s.facilitator })).status).toBe(400);
    const revoked = await inject(test, 'DELETE', `${url}/${inviteId}`, { token: s.facilitator });
    expect(revoked.body).toMatchObject({ invite: { id: inviteId, revokedAt: expect.any(String) } });
  });

  it('POST /api/join: 201, 401 for a forged token, 400, 413', async () => {
    const { token } = CreateInviteResponseSchema.parse(
      (
        await inject(test, 'POST', `/api/programmes/${s.programmeId}/invites`, {
          token: s.facilitator,
          body: { role: 'association' },
        })
      ).body,
    );
    const joined = await inject(test, 'POST', '/api/join', { body: { token, displayName: 'Ana' } });
    expect(joined).toMatchObject({
      status: 201,
      body: { member: { role: 'association', displayName: 'Ana' } },
    });
    const forged = `${token.slice(0, -4)}AAAA`;
    expect(
      (await inject(test, 'POST', '/api/join', { body: { token: forged, displayName: 'Eve' } })).status,
    ).toBe(401);
    expect((await inject(test, 'POST', '/api/join', { body: { token: 42 } })).status).toBe(400);
    expect((await inject(test, 'POST', '/api/join', { raw: bodyOver(64 * 1024) })).status).toBe(413);
  });

  it('GET /api/programmes/:id/export (GDPR): 200 as a download, 401, 403', async () => {
    const url = `/api/programmes/${s.programmeId}/export`;
    const exported = await inject(test, 'GET', url, { token: s.facilitator });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.body).toMatchObject({
      format: 'mentoring-board-export',
      programme: { id: s.programmeId },
    });
    expect((await inject(test, 'GET', url)).status).toBe(401);
    expect((await inject(test, 'GET', url, { token: s.mentee })).status).toBe(403);
  });

  it('DELETE /api/programmes/:id: 401, 403 for non-facilitators and elsewhere, then 204 and gone', async () => {
    const url = `/api/programmes/${s.programmeId}`;
    expect((await inject(test, 'DELETE', url)).status).toBe(401);
    expect((await inject(test, 'DELETE', url, { token: s.mentee })).status).toBe(403);
    expect((await inject(test, 'DELETE', url, { token: s.stranger })).status).toBe(403);
    expect((await inject(test, 'DELETE', url, { token: s.facilitator })).status).toBe(204);
    expect((await inject(test, 'GET', url, { token: s.facilitator })).status).toBe(401);
  });
});
