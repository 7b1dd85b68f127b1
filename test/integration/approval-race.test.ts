import { actionRows, createActionPlan } from '@mentoring/shared/doc/action-plan';
import { getList } from '@mentoring/shared/doc/fields';
import { readMonitoring } from '@mentoring/shared/doc/monitoring';
import { BoardSchema } from '@mentoring/shared/schema/board';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { call, createBoard, createProgramme, expectOk, joinAs, TEST_SECRET } from '../helpers/access.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { startTwoNodes, type TwoNodes } from '../helpers/two-nodes.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, type TestClient } from '../helpers/yjs-client.js';

const One = z.object({ version: VersionMetaSchema });
const Recorded = z.object({ monitoringBoardId: z.string(), added: z.number() });
const Details = z.object({ boards: z.array(BoardSchema) }).loose();
const APPROVAL = { body: 'City council', date: '2026-03-10', reference: 'D 41', approvedBy: 'Mayor' };
const PLAN = ['Buddy project', 'Welcome desk', 'Language café'];

/** Raw entries of the monitoring's card list, duplicates included (what `readMonitoring` folds). */
const rawCards = (doc: Y.Doc) => getList(doc, 'actions')?.length ?? 0;
const sameState = (x: TestClient, y: TestClient) =>
  Buffer.from(Y.encodeStateVector(x.doc)).equals(Buffer.from(Y.encodeStateVector(y.doc)));

/**
 * Issue 14: approvals recorded at the same moment, through two nodes and twice through one, make one
 * monitoring board with one card per approved action, whichever node a reader is on.
 */
describe('approvals racing on two nodes (Redis)', () => {
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

  /**
   * One round: the monitoring board exists and is open on both nodes (rooms in memory, so each
   * node adds its cards at once, before the other's relayed change arrives), then approvals are
   * recorded at the same moment, two through each node. Returns how many card entries the
   * document holds beneath what readers see (more than the actions: the nodes did race).
   */
  const round = async (marker: string): Promise<number> => {
    const { programme, facilitatorToken: facilitator } = await createProgramme(a.httpUrl, marker);
    const mentee = (await joinAs(a.httpUrl, facilitator, programme.id, 'mentee')).token;
    const observer = (await joinAs(a.httpUrl, facilitator, programme.id, 'observer')).token;
    const plan = await createBoard(a.httpUrl, facilitator, programme.id, 'action-plan', 'Plan');
    const versions = `/api/programmes/${programme.id}/boards/${plan.id}/versions`;
    const save = async (node: ServerProcess, name: string) =>
      (await expectOk(One, 201, call(node.httpUrl, 'POST', versions, { token: mentee, body: { name } })))
        .version;
    const approve = (node: ServerProcess, versionId: string, token: string) =>
      expectOk(
        Recorded,
        200,
        call(node.httpUrl, 'POST', `${versions}/${versionId}/approval`, { token, body: APPROVAL }),
      );
    const writer = connectClient(a.wsUrl, plan.docId, { params: { token: mentee } });
    await writer.synced();
    createActionPlan(writer.doc, { title: 'Buddies', menteeCity: 'Capaci', mentorCity: 'Mechelen' });
    await writer.saved();
    // An approval of the empty draft makes the monitoring board, still without cards.
    const first = await approve(a, (await save(a, 'draft')).id, mentee);
    expect(first.added).toBe(0);
    const details = async (node: ServerProcess) =>
      expectOk(
        Details,
        200,
        call(node.httpUrl, 'GET', `/api/programmes/${programme.id}`, { token: observer }),
      );
    const monitoring = (await details(a)).boards.find((board) => board.kind === 'monitoring')!;
    const onA = connectClient(a.wsUrl, monitoring.docId, { params: { token: observer } });
    const onB = connectClient(b.wsUrl, monitoring.docId, { params: { token: observer } });
    await Promise.all([onA.synced(), onB.synced()]);

    const rowIds = PLAN.map((actions) => actionRows.insert(writer.doc, { by: null, values: { actions } }));
    await writer.saved();
    const v1 = await save(a, 'one');
    const v2 = await save(b, 'two');
    const recorded = await Promise.all([
      approve(a, v1.id, mentee),
      approve(b, v2.id, facilitator),
      approve(a, v2.id, facilitator),
      approve(b, v1.id, mentee),
    ]);
    expect(new Set(recorded.map((r) => r.monitoringBoardId))).toEqual(new Set([monitoring.id]));
    for (const node of [a, b]) {
      const kinds = (await details(node)).boards.filter((board) => board.kind === 'monitoring');
      expect(kinds.map((board) => board.id)).toEqual([monitoring.id]);
    }

    // Both readers settle on the same document with exactly one card per action.
    await waitFor(() => sameState(onA, onB) && readMonitoring(onA.doc).actions.length >= PLAN.length, {
      what: 'both readers on the same monitoring',
    });
    for (const reader of [onA, onB]) {
      const cards = readMonitoring(reader.doc).actions;
      expect(cards.map((card) => card.actionId)).toEqual(rowIds);
      expect(cards.map((card) => card.title)).toEqual(PLAN);
    }
    const raw = rawCards(onA.doc);

    // A fresh reader once everything is stored sees the same.
    destroyAllClients();
    const later = connectClient(b.wsUrl, monitoring.docId, { params: { token: observer } });
    await later.synced();
    expect(readMonitoring(later.doc).actions.map((card) => card.actionId)).toEqual(rowIds);
    destroyAllClients();
    return raw;
  };

  it('approvals at once (two per node) make one monitoring board with one card per action', async () => {
    const raced: number[] = [];
    for (const marker of ['race-1', 'race-2', 'race-3']) raced.push(await round(marker));
    // Not asserted (timing decides whether the nodes overlap); shown so a run says if it raced.
    console.info(`approval race: card entries per round ${raced.join(', ')} for ${PLAN.length} actions`);
  });
});
