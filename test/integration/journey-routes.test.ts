import { createNeedsAnalysis, needsAnalysisText } from '@mentoring/shared/doc/needs-analysis';
import { JourneySchema } from '@mentoring/shared/journey/model';
import { JourneySettingsSchema } from '@mentoring/shared/journey/settings';
import { BoardResponseSchema } from '@mentoring/shared/schema/api';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { inject, type Seed, seed } from '../helpers/inject.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

const Answer = z.object({ journey: JourneySchema, settings: JourneySettingsSchema });

describe('journey route (app.inject, a real y-websocket client)', () => {
  let test: InProcessApp;
  let s: Seed;
  let base = '';
  beforeAll(async () => {
    test = await buildTestApp();
    s = await seed(test);
    base = await test.app.fastify.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    await test?.close();
  });

  const url = () => `/api/programmes/${s.programmeId}/journey`;
  const journeyAs = async (token: string) => {
    const reply = await inject(test, 'GET', url(), { token });
    expect(reply.status).toBe(200);
    return Answer.parse(reply.body);
  };
  const step = (answer: z.infer<typeof Answer>, key: string) =>
    answer.journey.steps.find((x) => x.key === key);

  it('answers every reader the journey computed from the boards', async () => {
    const first = await journeyAs(s.observer);
    expect(step(first, 'needs-analysis')).toMatchObject({ status: 'not-started', create: 'needs-analysis' });
    // The seed's action plan is there, empty and not approved.
    expect(step(first, 'approval')).toMatchObject({
      status: 'not-started',
      missing: [{ key: 'notApproved' }],
    });

    const { board } = BoardResponseSchema.parse(
      (
        await inject(test, 'POST', `/api/programmes/${s.programmeId}/boards`, {
          token: s.mentee,
          body: { kind: 'needs-analysis', title: 'Needs' },
        })
      ).body,
    );
    const client = connectClient(`${base.replace('http', 'ws')}/yjs`, board.docId, {
      params: { token: s.mentee },
    });
    await client.synced();
    createNeedsAnalysis(client.doc);
    needsAnalysisText(client.doc, 'challenge').insert(0, 'Waiting lists');
    await client.saved();

    const after = await journeyAs(s.mentee);
    expect(step(after, 'needs-analysis')).toMatchObject({
      status: 'in-progress',
      create: null,
      done: [{ key: 'questionsAnswered', count: 1, total: 12 }],
      boards: [{ id: board.id, kind: 'needs-analysis', title: 'Needs' }],
    });
    expect(after.journey.current).toBe('needs-analysis');
  });

  it('refuses anonymous callers and another programme’s token', async () => {
    expect((await inject(test, 'GET', url())).status).toBe(401);
    expect((await inject(test, 'GET', url(), { token: s.stranger })).status).toBe(403);
    const change = { action: 'skip', step: 'benchmark', skipped: true };
    expect((await inject(test, 'PATCH', url(), { token: s.stranger, body: change })).status).toBe(403);
  });

  it('lets the facilitator skip, mark done and add steps, durably; an observer or mentee cannot', async () => {
    const skip = { action: 'skip', step: 'benchmark', skipped: true };
    expect((await inject(test, 'PATCH', url(), { token: s.observer, body: skip })).status).toBe(403);
    expect((await inject(test, 'PATCH', url(), { token: s.mentee, body: skip })).status).toBe(403);
    expect(step(await journeyAs(s.observer), 'benchmark')?.status).toBe('not-started');

    const skipped = await inject(test, 'PATCH', url(), { token: s.facilitator, body: skip });
    expect(skipped.status).toBe(200);
    expect(step(Answer.parse(skipped.body), 'benchmark')?.status).toBe('skipped');
    const added = {
      action: 'add',
      step: { id: 'evaluation-1', title: 'Evaluation visit', purpose: 'evaluation', mode: 'virtual' },
    };
    expect((await inject(test, 'PATCH', url(), { token: s.facilitator, body: added })).status).toBe(200);
    const done = { action: 'complete', step: 'matching', completed: true };
    expect((await inject(test, 'PATCH', url(), { token: s.facilitator, body: done })).status).toBe(200);
    const bad = { action: 'skip', step: '', skipped: true };
    expect((await inject(test, 'PATCH', url(), { token: s.facilitator, body: bad })).status).toBe(400);

    // Everyone reads the same choices; the settings are stored, not held by one request.
    const seen = await journeyAs(s.observer);
    expect(seen.settings).toEqual({
      skipped: ['benchmark'],
      completed: ['matching'],
      added: [added.step],
    });
    expect(step(seen, 'matching')?.status).toBe('done');
    expect(step(seen, 'added:evaluation-1')).toMatchObject({ phase: 'visits', purpose: 'evaluation' });
  });
});
