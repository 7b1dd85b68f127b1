import { actionRows, createActionPlan } from '@mentoring/shared/doc/action-plan';
import { addComment, readComments } from '@mentoring/shared/doc/comments';
import { monitoredActions, monitoringNotes, readMonitoring } from '@mentoring/shared/doc/monitoring';
import { MessageType } from '@mentoring/shared/protocol/messages';
import { BoardSchema } from '@mentoring/shared/schema/board';
import type { Role } from '@mentoring/shared/schema/roles';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, createBoard, createProgramme, expectOk, joinAs, TEST_SECRET } from '../helpers/access.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, type TestClient } from '../helpers/yjs-client.js';

const List = z.object({ versions: z.array(VersionMetaSchema) });
const One = z.object({ version: VersionMetaSchema });
const Recorded = z.object({ version: VersionMetaSchema, monitoringBoardId: z.string(), added: z.number() });
const Details = z.object({ boards: z.array(BoardSchema) }).loose();

const APPROVAL = {
  body: 'City council',
  date: '2026-03-10',
  reference: 'Decision 2026/41',
  approvedBy: 'Mayor',
};

/** Collects the `refused` messages a client receives. */
function refusals(client: TestClient): string[] {
  const seen: string[] = [];
  client.provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
    seen.push(decoding.readVarString(decoder));
  };
  return seen;
}

describe('approval of an action plan and monitoring of its actions', () => {
  let server: ServerProcess;
  let programmeId: string;
  let facilitator: string;
  let plan: { id: string; docId: string };
  const tokens = {} as Record<Role, string>;
  const versionsPath = () => `/api/programmes/${programmeId}/boards/${plan.id}/versions`;
  const approvalPath = (versionId: string) => `${versionsPath()}/${versionId}/approval`;
  const by = { memberId: 'm-test', name: 'Inés' };

  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
    const created = await createProgramme(server.httpUrl, 'approval');
    programmeId = created.programme.id;
    facilitator = created.facilitatorToken;
    plan = await createBoard(server.httpUrl, facilitator, programmeId, 'action-plan', 'Plan');
    for (const role of ['mentee', 'mentor', 'association', 'local-support', 'observer'] as const) {
      tokens[role] = (await joinAs(server.httpUrl, facilitator, programmeId, role)).token;
    }
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  const saveVersion = (name: string) =>
    expectOk(
      One,
      201,
      call(server.httpUrl, 'POST', versionsPath(), { token: tokens.mentee, body: { name } }),
    );
  const listVersions = async () =>
    (await expectOk(List, 200, call(server.httpUrl, 'GET', versionsPath(), { token: tokens.observer })))
      .versions;
  const monitoringBoard = async () => {
    const details = await expectOk(
      Details,
      200,
      call(server.httpUrl, 'GET', `/api/programmes/${programmeId}`, { token: facilitator }),
    );
    const found = details.boards.filter((b) => b.kind === 'monitoring');
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('ties the approval to one version, keeps it there through a restore, and seeds the monitoring', async () => {
    const editor = connectClient(server.wsUrl, plan.docId, { params: { token: tokens.mentee } });
    await editor.synced();
    createActionPlan(editor.doc, { title: 'Buddies', menteeCity: 'Capaci', mentorCity: 'Mechelen' });
    const buddy = actionRows.insert(editor.doc, {
      by,
      values: { actions: 'Buddy project\nwith volunteers', successMeasure: '50 pairs by June' },
    });
    const desk = actionRows.insert(editor.doc, {
      by,
      values: { actions: 'Welcome desk', successMeasure: 'Open' },
    });
    await editor.saved();
    const approved = (await saveVersion('final plan')).version;
    actionRows.insert(editor.doc, { by, values: { actions: 'Later idea' } });
    await editor.saved();
    const later = (await saveVersion('after approval')).version;

    // Who may record it: the facilitator and the mentee (manageVersions), nobody else.
    for (const role of ['observer', 'local-support', 'mentor', 'association'] as const) {
      const refused = await call(server.httpUrl, 'POST', approvalPath(approved.id), {
        token: tokens[role],
        body: APPROVAL,
      });
      expect(refused.status, role).toBe(403);
    }
    const bad = await call(server.httpUrl, 'POST', approvalPath(approved.id), {
      token: tokens.mentee,
      body: { ...APPROVAL, body: ' ', date: '10/03/2026' },
    });
    expect(bad.status).toBe(400);
    const missing = await call(server.httpUrl, 'POST', approvalPath('no-such-version'), {
      token: tokens.mentee,
      body: APPROVAL,
    });
    expect(missing.status).toBe(404);
    expect((await listVersions()).every((v) => v.approval === undefined)).toBe(true);

    const recorded = await expectOk(
      Recorded,
      200,
      call(server.httpUrl, 'POST', approvalPath(approved.id), { token: tokens.mentee, body: APPROVAL }),
    );
    expect(recorded.version).toMatchObject({ id: approved.id, name: 'final plan', approval: APPROVAL });
    expect(recorded.version.approval?.recordedBy?.name).toBe('A mentee');
    expect(recorded.added).toBe(2);

    // Restoring another version changes the board, not which version is approved.
    const restored = await call(server.httpUrl, 'POST', `${versionsPath()}/${later.id}/restore`, {
      token: facilitator,
    });
    expect(restored.status).toBe(200);
    const afterRestore = await listVersions();
    expect(afterRestore.filter((v) => v.approval).map((v) => v.id)).toEqual([approved.id]);
    expect(afterRestore.find((v) => v.id === approved.id)?.approval).toMatchObject(APPROVAL);
    expect(afterRestore.some((v) => v.name.startsWith('Before restoring'))).toBe(true);

    // One card per approved action, linked by the plan row's id, titled by its first line.
    const monitoring = await monitoringBoard();
    expect(recorded.monitoringBoardId).toBe(monitoring.id);
    const reader = connectClient(server.wsUrl, monitoring.docId, { params: { token: tokens.observer } });
    await reader.synced();
    const cards = readMonitoring(reader.doc).actions;
    expect(cards.map((c) => [c.actionId, c.title, c.status])).toEqual([
      [buddy, 'Buddy project', 'not-started'],
      [desk, 'Welcome desk', 'not-started'],
    ]);

    // Recording it again (on the same or another version) adds only actions not yet followed.
    const again = await expectOk(
      Recorded,
      200,
      call(server.httpUrl, 'POST', approvalPath(later.id), { token: facilitator, body: APPROVAL }),
    );
    expect(again.added).toBe(1);
    await waitFor(() => readMonitoring(reader.doc).actions.length === 3, { what: 'the third card, live' });
    await monitoringBoard();

    const withdrawn = await expectOk(
      One,
      200,
      call(server.httpUrl, 'DELETE', approvalPath(later.id), { token: tokens.mentee }),
    );
    expect(withdrawn.version.approval).toBeUndefined();
    expect((await listVersions()).filter((v) => v.approval).map((v) => v.id)).toEqual([approved.id]);
    expect(
      (await call(server.httpUrl, 'DELETE', approvalPath(approved.id), { token: tokens.observer })).status,
    ).toBe(403);
  });

  it('refuses a status change by a role the monitoring is not editable by, keeps its comments, stores nothing of it', async () => {
    const monitoring = await monitoringBoard();
    const mentor = connectClient(server.wsUrl, monitoring.docId, { params: { token: tokens.mentor } });
    const refused = refusals(mentor);
    await mentor.synced();
    const [first] = monitoredActions.ids(mentor.doc);
    expect(first).toBeDefined();
    monitoredActions.set(mentor.doc, first!, 'status', 'done');
    await waitFor(() => refused.length > 0, { what: 'the refusal of the mentor’s status change' });
    expect(refused[0]).toBe('not-editor');

    // A comment is open to the mentor and the local support network (a fresh client: the refused
    // change above stays in the first one's document, and its later edits would depend on it).
    const support = connectClient(server.wsUrl, monitoring.docId, {
      params: { token: tokens['local-support'] },
    });
    const supportRefused = refusals(support);
    await support.synced();
    addComment(support.doc, {
      target: { itemId: first! },
      author: { memberId: 'm-support', name: 'Omar' },
      text: 'The buddies met twice already',
    });
    await support.saved();
    expect(supportRefused).toEqual([]);

    const check = connectClient(server.wsUrl, monitoring.docId, { params: { token: facilitator } });
    await check.synced();
    await waitFor(() => readComments(check.doc).length === 1, { what: 'the stored comment' });
    expect(readMonitoring(check.doc).actions.find((a) => a.id === first)?.status).toBe('not-started');

    // After a restart, the stored document has the comment and not the refused change.
    destroyAllClients();
    await server.kill('SIGTERM');
    server = await server.restart();
    const reread = connectClient(server.wsUrl, monitoring.docId, { params: { token: facilitator } });
    await reread.synced();
    expect(readMonitoring(reread.doc).actions.find((a) => a.id === first)?.status).toBe('not-started');
    expect(readComments(reread.doc).map((c) => c.text)).toEqual(['The buddies met twice already']);
  });

  it('lets the mentee and its association update the monitoring at once, and both converge', async () => {
    const monitoring = await monitoringBoard();
    const mentee = connectClient(server.wsUrl, monitoring.docId, { params: { token: tokens.mentee } });
    const association = connectClient(server.wsUrl, monitoring.docId, {
      params: { token: tokens.association },
    });
    const refused = [...[mentee, association].map(refusals)];
    await Promise.all([mentee.synced(), association.synced()]);
    const [first, second] = monitoredActions.ids(mentee.doc);
    monitoredActions.set(mentee.doc, first!, 'status', 'on-track');
    monitoredActions.text(mentee.doc, first!, 'valueReached')?.insert(0, '12 pairs');
    monitoredActions.set(association.doc, second!, 'status', 'delayed');
    monitoredActions.set(association.doc, second!, 'nextReview', '2026-04-01');
    const card = monitoredActions.item(association.doc, first!)!;
    monitoringNotes.insert(card, {
      by: { memberId: 'm-assoc', name: 'AICCRE' },
      values: { date: '2026-03-20', author: 'AICCRE', text: 'Regional funding confirmed' },
    });
    await Promise.all([mentee.saved(), association.saved()]);
    const same = () =>
      JSON.stringify(readMonitoring(mentee.doc)) === JSON.stringify(readMonitoring(association.doc));
    await waitFor(same, { what: 'both to converge' });
    const result = readMonitoring(mentee.doc).actions;
    expect(result.find((a) => a.id === first)).toMatchObject({
      status: 'on-track',
      valueReached: '12 pairs',
      notes: [{ date: '2026-03-20', author: 'AICCRE', text: 'Regional funding confirmed' }],
    });
    expect(result.find((a) => a.id === second)).toMatchObject({
      status: 'delayed',
      nextReview: '2026-04-01',
    });
    expect(refused.flat()).toEqual([]);
  });
});
