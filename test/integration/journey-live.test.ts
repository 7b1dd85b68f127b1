import { actionRows, createActionPlan } from '@mentoring/shared/doc/action-plan';
import { createNeedsAnalysis, needsAnalysisText } from '@mentoring/shared/doc/needs-analysis';
import { JourneyResponseSchema } from '@mentoring/shared/journey/api';
import { JOURNEY_ROOT, JOURNEY_SUMMARY_KEY, journeyDocId } from '@mentoring/shared/journey/settings';
import { MessageType } from '@mentoring/shared/protocol/messages';
import { BoardSchema } from '@mentoring/shared/schema/board';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { z } from 'zod';
import {
  call,
  createBoard,
  createProgramme,
  expectOk,
  joinAs,
  openSocket,
  TEST_SECRET,
} from '../helpers/access.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { startTwoNodes, type TwoNodes } from '../helpers/two-nodes.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

const One = z.object({ version: VersionMetaSchema });
const Recorded = z.object({ monitoringBoardId: z.string(), added: z.number() });
const Details = z.object({ boards: z.array(BoardSchema) }).loose();
const APPROVAL = { body: 'City council', date: '2026-03-10', reference: 'D 41', approvedBy: 'Mayor' };

/** The summary the server pushed into a journey document, or null. */
const summaryOf = (doc: Y.Doc) => {
  const parsed = JourneyResponseSchema.safeParse(doc.getMap(JOURNEY_ROOT).get(JOURNEY_SUMMARY_KEY));
  return parsed.success ? parsed.data : null;
};
const stepOf = (doc: Y.Doc, key: string) => summaryOf(doc)?.journey.steps.find((step) => step.key === key);

describe('the journey summary, pushed live to members on two nodes (Redis)', () => {
  let nodes: TwoNodes;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    nodes = await startTwoNodes({ SECRET: TEST_SECRET });
    ({ a, b } = nodes);
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    destroyAllClients();
    await nodes?.stop();
  });

  it('choices, board edits, approvals and the monitoring board reach a member on the other node', async () => {
    const { programme, facilitatorToken: facilitator } = await createProgramme(a.httpUrl, 'live');
    const mentee = (await joinAs(a.httpUrl, facilitator, programme.id, 'mentee')).token;
    const observer = (await joinAs(a.httpUrl, facilitator, programme.id, 'observer')).token;
    // The first read computes and stores the summary; the watcher is on node B.
    await expectOk(
      JourneyResponseSchema,
      200,
      call(a.httpUrl, 'GET', `/api/programmes/${programme.id}/journey`, { token: observer }),
    );
    const watcher = connectClient(b.wsUrl, journeyDocId(programme.id), { params: { token: observer } });
    await watcher.synced();
    await waitFor(() => summaryOf(watcher.doc) !== null, { what: 'the stored summary' });

    // A facilitator's choice on node A.
    const skip = { action: 'skip', step: 'benchmark', skipped: true };
    await expectOk(
      JourneyResponseSchema,
      200,
      call(a.httpUrl, 'PATCH', `/api/programmes/${programme.id}/journey`, { token: facilitator, body: skip }),
    );
    await waitFor(() => stepOf(watcher.doc, 'benchmark')?.status === 'skipped', {
      what: 'the skip on node B',
    });

    // A board made on A and edited through A: its step moves on B without any request.
    const needs = await createBoard(a.httpUrl, facilitator, programme.id, 'needs-analysis', 'Needs');
    const editor = connectClient(a.wsUrl, needs.docId, { params: { token: mentee } });
    await editor.synced();
    createNeedsAnalysis(editor.doc);
    needsAnalysisText(editor.doc, 'challenge').insert(0, 'Waiting lists');
    await editor.saved();
    await waitFor(() => stepOf(watcher.doc, 'needs-analysis')?.status === 'in-progress', {
      what: 'the needs analysis edit on node B',
    });

    // Two approvals at once, one through each node: one monitoring board, seen live on B.
    const plan = await createBoard(a.httpUrl, facilitator, programme.id, 'action-plan', 'Plan');
    const writer = connectClient(a.wsUrl, plan.docId, { params: { token: mentee } });
    await writer.synced();
    createActionPlan(writer.doc, { title: 'Buddies', menteeCity: 'Capaci', mentorCity: 'Mechelen' });
    actionRows.insert(writer.doc, { by: null, values: { actions: 'Buddy project' } });
    await writer.saved();
    const versions = `/api/programmes/${programme.id}/boards/${plan.id}/versions`;
    const v1 = (
      await expectOk(One, 201, call(a.httpUrl, 'POST', versions, { token: mentee, body: { name: 'one' } }))
    ).version;
    const v2 = (
      await expectOk(One, 201, call(b.httpUrl, 'POST', versions, { token: mentee, body: { name: 'two' } }))
    ).version;
    const [ra, rb] = await Promise.all([
      expectOk(
        Recorded,
        200,
        call(a.httpUrl, 'POST', `${versions}/${v1.id}/approval`, { token: mentee, body: APPROVAL }),
      ),
      expectOk(
        Recorded,
        200,
        call(b.httpUrl, 'POST', `${versions}/${v2.id}/approval`, { token: facilitator, body: APPROVAL }),
      ),
    ]);
    expect(ra.monitoringBoardId).toBe(rb.monitoringBoardId);
    const details = await expectOk(
      Details,
      200,
      call(b.httpUrl, 'GET', `/api/programmes/${programme.id}`, { token: observer }),
    );
    expect(details.boards.filter((board) => board.kind === 'monitoring').map((board) => board.id)).toEqual([
      ra.monitoringBoardId,
    ]);
    await waitFor(() => stepOf(watcher.doc, 'approval')?.status === 'done', {
      what: 'the approval on node B',
    });
    await waitFor(
      () => stepOf(watcher.doc, 'monitoring')?.boards.some((x) => x.id === ra.monitoringBoardId),
      {
        what: 'the monitoring board in the journey on node B',
      },
    );
  });

  it('the journey document is read-only for every role and closed to other programmes', async () => {
    const { programme, facilitatorToken: facilitator } = await createProgramme(a.httpUrl, 'closed');
    const other = await createProgramme(a.httpUrl, 'other');
    const client = connectClient(b.wsUrl, journeyDocId(programme.id), { params: { token: facilitator } });
    await client.synced();
    const refused: string[] = [];
    client.provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
      refused.push(decoding.readVarString(decoder));
    };
    client.doc.getMap(JOURNEY_ROOT).set('skipped', ['needs-analysis']);
    await waitFor(() => refused.length > 0, { what: 'the refusal' });
    // Another programme's token: refused before the upgrade (403), like another programme's board.
    const intruder = await openSocket(a.wsUrl, journeyDocId(programme.id), other.facilitatorToken);
    expect(intruder.status).toBe(403);
    const settings = await expectOk(
      JourneyResponseSchema,
      200,
      call(a.httpUrl, 'GET', `/api/programmes/${programme.id}/journey`, { token: facilitator }),
    );
    expect(settings.settings.skipped).toEqual([]);
  });
});
