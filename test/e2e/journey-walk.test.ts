import { actionRows, createActionPlan } from '@mentoring/shared/doc/action-plan';
import type { ItemValues } from '@mentoring/shared/doc/layout';
import { monitoredActions, monitoringNotes } from '@mentoring/shared/doc/monitoring';
import { createNeedsAnalysis, needsAnalysisText } from '@mentoring/shared/doc/needs-analysis';
import { changeAgents, createScope, scope } from '@mentoring/shared/doc/scope';
import {
  agendaItems,
  createVisitAgenda,
  meetings,
  nextSteps,
  type VISIT_SPEC,
  visits,
} from '@mentoring/shared/doc/visit-agenda';
import { BoardResponseSchema, CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import type { BoardKind } from '@mentoring/shared/schema/board';
import { BoardSchema } from '@mentoring/shared/schema/board';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { z } from 'zod';
import { call, expectOk } from '../helpers/access.js';
import { connectClient, destroyAllClients, type TestClient } from '../helpers/yjs-client.js';
import { createInvite, join } from './support/app.js';
import { LONG, POLL, seriousViolations } from './support/boards.js';
import { screenshots } from './support/browser.js';
import { useE2e } from './support/e2e.js';

/** The widths the home is looked at: a laptop, a phone, a room's projector. */
const SIZES = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector', width: 1920, height: 1080 },
] as const;
const by = { memberId: 'm-e2e', name: 'Fatima' };
const Details = z.object({ boards: z.array(BoardSchema) }).loose();

/**
 * Issue 14, walked end to end: a facilitator's programme goes from the needs analysis through the
 * scope, three visits (one virtual) with their next steps, a meeting, the approval and a monitoring
 * update, while a participant who joined in another browser watches the home change live. The
 * boards' content is typed by a co-editor's Yjs client (the forms have their own e2e files); what is
 * under test here is the journey on the home: statuses, what to do next, next steps, overdue.
 */
describe('the mentoring journey, walked from the needs analysis to the monitoring', () => {
  const e2e = useE2e();
  afterEach(() => destroyAllClients());

  // A long walk (seven screens, three sizes each): its own time limit, not a weaker check.
  it('shows where the programme stands at every step, on a laptop, a phone and a projector', {
    timeout: 600_000,
  }, async () => {
    const shot = screenshots('journey/walk');
    const shots = async (page: Page, step: string) => {
      for (const size of SIZES) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await shot(page, `${step}-${size.name}`);
      }
      await page.setViewportSize({ width: 1366, height: 900 });
    };
    const wsUrl = `${e2e.httpUrl.replace(/^http/, 'ws')}/yjs`;
    const created = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(e2e.httpUrl, 'POST', '/api/programmes', {
        body: {
          title: 'Welcome in Capaci',
          menteeCity: 'Capaci',
          mentorCity: 'Mechelen',
          language: 'en',
          facilitatorName: 'Fatima',
        },
      }),
    );
    const { programme, facilitatorToken: token } = created;
    const base = `/api/programmes/${programme.id}`;
    const board = async (kind: BoardKind, title: string) =>
      (
        await expectOk(
          BoardResponseSchema,
          201,
          call(e2e.httpUrl, 'POST', `${base}/boards`, { token, body: { kind, title } }),
        )
      ).board;
    const open = async (docId: string): Promise<TestClient> => {
      const client = connectClient(wsUrl, docId, { params: { token } });
      await client.synced(LONG);
      return client;
    };
    const edit = async (client: TestClient, change: (doc: Y.Doc) => void) => {
      change(client.doc);
      await client.saved(LONG);
    };

    const facilitator = await (await e2e.context({ bypassCSP: true, width: 1366, height: 900 })).newPage();
    const errors: string[] = [];
    facilitator.on('pageerror', (error) => errors.push(error.message));
    await facilitator.goto(created.facilitatorLink);
    const stepOn = (page: Page, key: string) => page.locator(`li[data-step="${key}"]`);
    const statusOf = (page: Page, key: string) => stepOn(page, key).getAttribute('data-status');
    await stepOn(facilitator, 'needs-analysis').waitFor({ timeout: LONG });

    // A participant (the mentee city) joins in a browser of their own and stays on the home.
    const link = await createInvite(facilitator, 'mentee', 'Mentee city');
    const participant = await (await e2e.context({ bypassCSP: true, width: 1366, height: 900 })).newPage();
    participant.on('pageerror', (error) => errors.push(error.message));
    await join(participant, link, 'Giulia', 'Comune di Capaci');
    await stepOn(participant, 'needs-analysis').waitFor({ timeout: LONG });
    expect(await stepOn(facilitator, 'needs-analysis').textContent()).toContain(
      'What to do next: Open the needs analysis',
    );
    await shots(facilitator, '01-new-programme');

    // Preparation: the needs analysis, started.
    const needs = await open((await board('needs-analysis', 'Needs analysis')).docId);
    await edit(needs, (doc) => {
      createNeedsAnalysis(doc);
      needsAnalysisText(doc, 'challenge').insert(0, 'Newcomers wait months for a first appointment.');
    });
    await expect.poll(() => statusOf(participant, 'needs-analysis'), POLL).toBe('in-progress');
    await shots(participant, '02-needs-analysis-started');

    // The benchmark is skipped (mentoring without one); the matching marked done. A done step
    // offers no "Skip"; a skipped one can be brought back.
    await stepOn(facilitator, 'benchmark').getByRole('button', { name: 'Skip: Benchmark' }).click();
    await expect.poll(() => statusOf(facilitator, 'benchmark'), POLL).toBe('skipped');
    await stepOn(facilitator, 'matching').getByRole('button', { name: 'Done: Matching' }).click();
    await expect.poll(() => statusOf(facilitator, 'matching'), POLL).toBe('done');
    expect(
      await stepOn(facilitator, 'matching')
        .getByRole('button', { name: /^Skip:/ })
        .count(),
    ).toBe(0);
    expect(await stepOn(facilitator, 'matching').textContent()).not.toContain('What to do next');
    expect(
      await stepOn(facilitator, 'benchmark').getByRole('button', { name: 'Bring back: Benchmark' }).count(),
    ).toBe(1);

    // Set-up: scope, change agents and the political commitment on the scope board.
    const scoped = await open((await board('scope', 'Scope and commitment')).docId);
    await edit(scoped, (doc) => {
      createScope(doc);
      scope.text(doc, 'objectives')!.insert(0, 'A welcome desk and a buddy project within a year.');
      changeAgents.insert(doc, {
        by,
        values: { name: 'Rosa', organisation: 'Social services', role: 'Lead' },
      });
      scope.text(doc, 'commitmentWho')!.insert(0, 'Mayor Puccio');
      scope.text(doc, 'commitmentBody')!.insert(0, 'City council');
      scope.set(doc, 'commitmentDate', '2026-01-20');
      scope.set(doc, 'crossParty', true);
    });
    await expect.poll(() => statusOf(participant, 'political-commitment'), POLL).toBe('done');
    await shots(facilitator, '03-scope-and-commitment');

    // The visits: groundwork and inspiration held (outcomes, next steps), consolidation virtual
    // and planned; a meeting between them. One next step is long past its date: overdue.
    const agenda = await open((await board('visit-agenda', 'Visits')).docId);
    await edit(agenda, (doc) => {
      createVisitAgenda(doc);
      const visit = (
        kind: 'groundwork' | 'inspiration' | 'consolidation',
        values: ItemValues<typeof VISIT_SPEC>,
      ) => {
        const id = visits.insert(doc, { by, values: { ...values, kind } });
        agendaItems.insert(visits.item(doc, id)!, { by, values: { title: 'Meet the welcome services' } });
        return visits.item(doc, id)!;
      };
      const first = visit('groundwork', {
        title: 'Groundwork in Capaci',
        date: '2026-02-03',
        place: 'Town hall, Capaci',
        outcomes: 'The challenge is sharper: appointments, not information.',
      });
      nextSteps.insert(first, {
        by,
        values: { what: 'Map the welcome services', who: 'Rosa', due: '2026-02-20' },
      });
      const second = visit('inspiration', {
        title: 'Inspiration in Mechelen',
        date: '2026-03-02',
        place: 'Mechelen',
        outcomes: 'The buddy project fits; the desk needs a partner.',
      });
      nextSteps.insert(second, {
        by,
        values: { what: 'Draft the action plan', who: 'Giulia', due: '2099-04-15' },
      });
      visit('consolidation', {
        title: 'Consolidation online',
        date: '2099-05-12',
        mode: 'virtual',
        link: 'https://meet.example.org/capaci',
      });
      const meeting = meetings.insert(doc, {
        by,
        values: { title: 'Check-in', date: '2026-03-20', notes: 'Plan outline agreed.' },
      });
      nextSteps.insert(meetings.item(doc, meeting)!, {
        by,
        values: { what: 'Ask the council for a date', who: 'Mayor’s office', due: '2099-04-01' },
      });
    });
    await expect.poll(() => statusOf(participant, 'visit:inspiration'), POLL).toBe('done');
    await expect.poll(() => statusOf(participant, 'visit:consolidation'), POLL).toBe('in-progress');
    const consolidation = (await stepOn(participant, 'visit:consolidation').textContent()) ?? '';
    expect(consolidation).toContain('Virtual');
    // Planned (date and agenda set): the advice moves on to the write-up; the date reads as a date.
    expect(consolidation).toContain('What to do next: After the visit, write its outcomes');
    expect(consolidation).not.toContain('2099-05-12');
    expect(consolidation).toMatch(/May 12, 2099|12 May 2099/);
    const overdue = participant.getByTestId('journey-overdue');
    await expect.poll(() => overdue.textContent(), POLL).toContain('Next step “Map the welcome services”');
    expect(await participant.getByTestId('open-next-steps').textContent()).toContain('Draft the action plan');
    await shots(participant, '04-visits-and-meeting');
    expect(await seriousViolations(participant)).toEqual([]);

    // Approval: a named version of the plan, approved by the council.
    const planBoard = await board('action-plan', 'Action plan');
    const plan = await open(planBoard.docId);
    await edit(plan, (doc) => {
      createActionPlan(doc, { title: 'Welcome in Capaci', menteeCity: 'Capaci', mentorCity: 'Mechelen' });
      actionRows.insert(doc, { by, values: { actions: 'Buddy project', successMeasure: '50 pairs' } });
      actionRows.insert(doc, {
        by,
        values: { actions: 'Welcome desk', successMeasure: 'Open 3 days a week' },
      });
    });
    const versions = `${base}/boards/${planBoard.id}/versions`;
    const version = (
      await expectOk(
        z.object({ version: VersionMetaSchema }),
        201,
        call(e2e.httpUrl, 'POST', versions, { token, body: { name: 'Final plan' } }),
      )
    ).version;
    await expectOk(
      z.object({ monitoringBoardId: z.string() }).loose(),
      200,
      call(e2e.httpUrl, 'POST', `${versions}/${version.id}/approval`, {
        token,
        body: {
          body: 'City council',
          date: '2026-04-10',
          reference: 'Decision 41',
          approvedBy: 'Mayor Puccio',
        },
      }),
    );
    await expect.poll(() => statusOf(participant, 'approval'), POLL).toBe('done');
    expect(await stepOn(participant, 'approval').textContent()).toContain('Approved version: Final plan');
    await shots(facilitator, '05-approved');

    // Monitoring: one action on track with a note, the other's review long past: overdue on the home.
    const monitoringBoard = (
      await expectOk(Details, 200, call(e2e.httpUrl, 'GET', base, { token }))
    ).boards.find((entry) => entry.kind === 'monitoring')!;
    const monitoring = await open(monitoringBoard.docId);
    await edit(monitoring, (doc) => {
      const [buddies, desk] = monitoredActions.ids(doc);
      monitoredActions.set(doc, buddies!, 'status', 'on-track');
      monitoredActions.set(doc, buddies!, 'nextReview', '2099-06-01');
      monitoringNotes.insert(monitoredActions.item(doc, buddies!)!, {
        by,
        values: { author: 'Giulia', date: '2026-05-02', text: '12 pairs matched' },
      });
      monitoredActions.set(doc, desk!, 'status', 'delayed');
      monitoredActions.set(doc, desk!, 'nextReview', '2026-05-15');
    });
    await expect.poll(() => statusOf(participant, 'monitoring'), POLL).toBe('in-progress');
    await expect.poll(() => overdue.textContent(), POLL).toContain('Review of the action “Welcome desk”');
    expect(await overdue.textContent()).not.toContain('Buddy project');
    await shots(participant, '06-monitoring-and-overdue');
    await facilitator.reload();
    await stepOn(facilitator, 'monitoring').waitFor({ timeout: LONG });
    await shots(facilitator, '07-facilitator-home-at-the-end');
    expect(await seriousViolations(facilitator)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
