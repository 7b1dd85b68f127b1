import { readActionPlan } from '@mentoring/shared/doc/action-plan';
import { readBenchmark } from '@mentoring/shared/doc/benchmark';
import { readNeedsAnalysis } from '@mentoring/shared/doc/needs-analysis';
import { readSupportNetwork } from '@mentoring/shared/doc/support-network';
import { readVisitAgenda } from '@mentoring/shared/doc/visit-agenda';
import {
  CreateProgrammeResponseSchema,
  ErrorResponseSchema,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EXAMPLES_PER_HOUR } from '../../server/src/http/example-route.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { inject } from '../helpers/inject.js';

describe('POST /api/examples', () => {
  let test: InProcessApp;
  beforeAll(async () => {
    test = await buildTestApp();
  });
  afterAll(async () => {
    await test?.close();
  });

  async function boardDoc(docId: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    for (const update of await test.app.deps.store.load(docId)) Y.applyUpdate(doc, update);
    return doc;
  }

  it('creates the Jelgava–Schaerbeek programme in Spanish with filled boards and a facilitator token', async () => {
    const created = await inject(test, 'POST', '/api/examples', { body: { language: 'es' } });
    expect(created.status).toBe(201);
    const { programme, facilitatorToken } = CreateProgrammeResponseSchema.parse(created.body);
    expect(programme).toMatchObject({ menteeCity: 'Jelgava', mentorCity: 'Schaerbeek', language: 'es' });
    expect(programme.title).toContain('Jelgava');

    const session = await inject(test, 'GET', '/api/session', { token: facilitatorToken });
    expect(SessionResponseSchema.parse(session.body).role).toBe('facilitator');

    const details = await inject(test, 'GET', `/api/programmes/${programme.id}`, { token: facilitatorToken });
    const { boards } = ProgrammeDetailsResponseSchema.parse(details.body);
    expect(boards.map((board) => board.kind).sort()).toEqual(
      ['action-plan', 'benchmark', 'needs-analysis', 'support-network', 'visit-agenda'].sort(),
    );
    const docOf = async (kind: string) => boardDoc(boards.find((board) => board.kind === kind)!.docId);

    const needs = readNeedsAnalysis(await docOf('needs-analysis'));
    expect(needs.challenge).toMatch(/Jelgava.*letón/s);

    const benchmark = readBenchmark(await docOf('benchmark'));
    expect(benchmark.theme).toMatch(/idiomas/);
    const focused = benchmark.keyFactors.filter((factor) => factor.focus);
    expect(focused).toHaveLength(2);

    const network = readSupportNetwork(await docOf('support-network'));
    expect(network.members.map((member) => member.organisation).join('\n')).toMatch(/LALRG/);
    expect(network.members.some((member) => member.migrantRepresentative)).toBe(true);

    const plan = readActionPlan(await docOf('action-plan'));
    expect(plan).toMatchObject({ menteeCity: 'Jelgava', mentorCity: 'Schaerbeek' });
    expect(plan.rows).toHaveLength(3);
    // Every action answers a focused key factor of the benchmark.
    const focusIds = new Set(focused.map((factor) => factor.id));
    for (const row of plan.rows) expect(row.keyFactorIds.every((id) => focusIds.has(id))).toBe(true);
    expect(plan.rows.every((row) => row.keyFactorIds.length === 1)).toBe(true);

    const agenda = readVisitAgenda(await docOf('visit-agenda'));
    expect(agenda.visits.map((visit) => visit.place)).toEqual(['Jelgava', 'Schaerbeek', 'Jelgava']);
    expect(agenda.visits[0]?.title).toMatch(/^Visita 1/);
  });

  it('writes the texts in Latvian too, and refuses a bad body with 400', async () => {
    const created = await inject(test, 'POST', '/api/examples', { body: { language: 'lv' } });
    const { programme, facilitatorToken } = CreateProgrammeResponseSchema.parse(created.body);
    expect(programme.language).toBe('lv');
    expect(programme.title).toBe('Piemērs: Jelgava mācās no Skārbēkas');
    const details = await inject(test, 'GET', `/api/programmes/${programme.id}`, { token: facilitatorToken });
    const { boards } = ProgrammeDetailsResponseSchema.parse(details.body);
    const needs = boards.find((board) => board.kind === 'needs-analysis')!;
    expect(needs.title).toBe('Vajadzību analīze');
    expect(readNeedsAnalysis(await boardDoc(needs.docId)).challenge).toMatch(/latviešu valodā/);
    const bad = await inject(test, 'POST', '/api/examples', { body: { language: 'xx' } });
    expect(bad.status).toBe(400);
    expect(ErrorResponseSchema.parse(bad.body).error).toBe('invalid body');
  });

  it(`answers 429 past ${EXAMPLES_PER_HOUR} examples per hour from one address`, async () => {
    // Three requests were made above from the same (injected) address, the refused one included.
    const statuses: number[] = [];
    for (let sent = 4; sent <= EXAMPLES_PER_HOUR; sent += 1) {
      statuses.push((await inject(test, 'POST', '/api/examples', { body: { language: 'en' } })).status);
    }
    expect(new Set(statuses)).toEqual(new Set([201]));
    const refused = await inject(test, 'POST', '/api/examples', { body: { language: 'en' } });
    expect(refused.status).toBe(429);
    expect(ErrorResponseSchema.parse(refused.body).error).toMatch(/too many requests/);
    // The other routes keep their own budget.
    const programmes = await inject(test, 'POST', '/api/programmes', {
      body: { title: 'Still open', menteeCity: 'Riga', mentorCity: 'Gent', language: 'en' },
    });
    expect(programmes.status).toBe(201);
  });
});
