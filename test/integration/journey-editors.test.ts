import { addComment } from '@mentoring/shared/doc/comments';
import { createFeedback, feedbackItems, readFeedback } from '@mentoring/shared/doc/feedback';
import { createScope, readScope, scope } from '@mentoring/shared/doc/scope';
import { RefusalReason } from '@mentoring/shared/protocol/confirmations';
import { MessageType } from '@mentoring/shared/protocol/messages';
import type { Role } from '@mentoring/shared/schema/roles';
import * as decoding from 'lib0/decoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createProgramme, joinAs } from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, type TestClient } from '../helpers/yjs-client.js';

/** Collects the `refused` messages a client receives. */
function refusals(client: TestClient): string[] {
  const seen: string[] = [];
  client.provider.messageHandlers[MessageType.refused] = (_encoder, decoder) => {
    seen.push(decoding.readVarString(decoder));
  };
  return seen;
}

/** Only the roles the guide gives a step change its board (editableBy), refused by the server. */
describe('per-kind editors of the scope and the feedback to other levels', () => {
  let test: InProcessApp;
  let http = '';
  let ws = '';
  let programmeId = '';
  let facilitator = '';
  const tokens = {} as Record<Role, string>;
  beforeAll(async () => {
    test = await buildTestApp();
    http = await test.app.fastify.listen({ port: 0, host: '127.0.0.1' });
    ws = `${http.replace('http', 'ws')}/yjs`;
    const created = await createProgramme(http, 'editors');
    programmeId = created.programme.id;
    facilitator = created.facilitatorToken;
    for (const role of ['mentee', 'mentor', 'association', 'local-support', 'coordinator'] as const) {
      tokens[role] = (await joinAs(http, facilitator, programmeId, role)).token;
    }
  });
  afterEach(() => destroyAllClients());
  afterAll(async () => {
    destroyAllClients();
    await test?.close();
  });

  const open = async (docId: string, token: string) => {
    const client = connectClient(ws, docId, { params: { token } });
    const refused = refusals(client);
    await client.synced();
    return { client, refused };
  };

  it('the scope: the two cities, their associations and the facilitator edit; support groups comment', async () => {
    const board = await createBoard(http, facilitator, programmeId, 'scope', 'Scope');
    const mentee = await open(board.docId, tokens.mentee);
    createScope(mentee.client.doc);
    scope.text(mentee.client.doc, 'commitmentWho').insert(0, 'Mayor and council');
    await mentee.client.saved();
    expect(mentee.refused).toEqual([]);

    for (const role of ['local-support', 'coordinator'] as const) {
      const other = await open(board.docId, tokens[role]);
      scope.text(other.client.doc, 'commitmentWho').insert(0, 'Nobody ');
      await waitFor(() => other.refused.length > 0, { what: `${role}'s refusal` });
      expect(other.refused[0]).toBe(RefusalReason.notEditor);
      other.client.destroy();
      const commenter = await open(board.docId, tokens[role]);
      addComment(commenter.client.doc, {
        target: { field: 'commitmentWho' },
        author: { memberId: 'm', name: role },
        text: 'Who else?',
      });
      await commenter.client.saved();
      expect(commenter.refused).toEqual([]);
      commenter.client.destroy();
    }
    const check = await open(board.docId, tokens.mentor);
    expect(readScope(check.client.doc).commitmentWho).toBe('Mayor and council');
  });

  it('the feedback list: the associations and the facilitator edit; the cities comment', async () => {
    const board = await createBoard(http, facilitator, programmeId, 'feedback', 'Feedback');
    const association = await open(board.docId, tokens.association);
    createFeedback(association.client.doc);
    feedbackItems.insert(association.client.doc, {
      by: null,
      values: { what: 'No language courses funding' },
    });
    await association.client.saved();
    expect(association.refused).toEqual([]);

    for (const role of ['mentee', 'mentor', 'local-support'] as const) {
      const other = await open(board.docId, tokens[role]);
      feedbackItems.insert(other.client.doc, { by: null, values: { what: `From ${role}` } });
      await waitFor(() => other.refused.length > 0, { what: `${role}'s refusal` });
      expect(other.refused[0]).toBe(RefusalReason.notEditor);
      other.client.destroy();
    }
    const check = await open(board.docId, facilitator);
    expect(readFeedback(check.client.doc).items.map((item) => item.what)).toEqual([
      'No language courses funding',
    ]);
  });
});
