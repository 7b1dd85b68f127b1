import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { call, createBoard, createProgramme, expectOk, joinAs, TEST_SECRET } from '../helpers/access.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait.js';
import { connectClient, destroyAllClients, snapshotOf } from '../helpers/yjs-client.js';

const List = z.object({ versions: z.array(VersionMetaSchema) });
const One = z.object({ version: VersionMetaSchema });
const State = z.object({ version: VersionMetaSchema, state: z.string() });

describe('versions of a board', () => {
  let server: ServerProcess;
  let programmeId: string;
  let facilitatorToken: string;
  let board: { id: string; docId: string };
  const path = () => `/api/programmes/${programmeId}/boards/${board.id}/versions`;

  beforeAll(async () => {
    server = await startServer({
      SECRET: TEST_SECRET,
      AUTO_VERSION_IDLE_MS: '1000',
      AUTO_VERSION_CHECK_MS: '200',
    });
    const created = await createProgramme(server.httpUrl, 'versions');
    programmeId = created.programme.id;
    facilitatorToken = created.facilitatorToken;
    board = await createBoard(server.httpUrl, facilitatorToken, programmeId, 'action-plan', 'Plan');
  });
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  it('keeps a named version, opens it, and restores it live for two connected clients', async () => {
    const mentee = await joinAs(server.httpUrl, facilitatorToken, programmeId, 'mentee', 'Inés');
    const one = connectClient(server.wsUrl, board.docId, { params: { token: facilitatorToken } });
    const two = connectClient(server.wsUrl, board.docId, { params: { token: mentee.token } });
    await Promise.all([one.synced(), two.synced()]);
    one.doc.getText('text').insert(0, 'Plan after visit 1: ñ ç ā ē Ελλάδα');
    one.doc.getArray('array').push(['row 1']);
    await one.saved();
    await waitFor(() => two.doc.getArray('array').length === 1);
    const atVisit1 = JSON.stringify(snapshotOf(one.doc));

    const made = await expectOk(
      One,
      201,
      call(server.httpUrl, 'POST', path(), { token: mentee.token, body: { name: 'after visit 1' } }),
    );
    expect(made.version).toMatchObject({ name: 'after visit 1', auto: false, createdBy: { name: 'Inés' } });

    two.doc.getArray('array').push(['row 2']);
    two.doc.getText('text').insert(0, 'Revised: ');
    await two.saved();
    await waitFor(() => one.doc.getArray('array').length === 2);

    const opened = await expectOk(
      State,
      200,
      call(server.httpUrl, 'GET', `${path()}/${made.version.id}`, { token: mentee.token }),
    );
    const versionDoc = new Y.Doc();
    Y.applyUpdate(versionDoc, Buffer.from(opened.state, 'base64'));
    expect(JSON.stringify(snapshotOf(versionDoc))).toBe(atVisit1);

    const restored = await call(server.httpUrl, 'POST', `${path()}/${made.version.id}/restore`, {
      token: facilitatorToken,
    });
    expect(restored.status).toBe(200);
    await waitFor(
      () =>
        JSON.stringify(snapshotOf(one.doc)) === atVisit1 && JSON.stringify(snapshotOf(two.doc)) === atVisit1,
      {
        what: 'both clients to show the restored version',
      },
    );

    // Later edits still merge, and the restore can be undone by restoring the version made before it.
    one.doc.getArray('array').push(['after restore']);
    await waitFor(() => two.doc.getArray('array').toArray().includes('after restore'));
    const { versions } = await expectOk(
      List,
      200,
      call(server.httpUrl, 'GET', path(), { token: mentee.token }),
    );
    const before = versions.find((v) => v.name.startsWith('Before restoring'));
    expect(before).toBeDefined();
    await call(server.httpUrl, 'POST', `${path()}/${before!.id}/restore`, { token: facilitatorToken });
    await waitFor(() => two.doc.getArray('array').toArray().join() === 'row 1,row 2', {
      what: 'the undone restore',
    });
    expect(two.doc.getText('text').toString()).toBe('Revised: Plan after visit 1: ñ ç ā ē Ελλάδα');
  });

  it('lets only facilitators and the mentee make or restore versions; everyone may list them', async () => {
    const support = await joinAs(server.httpUrl, facilitatorToken, programmeId, 'local-support', 'Omar');
    const observer = await joinAs(server.httpUrl, facilitatorToken, programmeId, 'observer', 'Mayor');
    expect(
      (await call(server.httpUrl, 'POST', path(), { token: support.token, body: { name: 'x' } })).status,
    ).toBe(403);
    expect(
      (await call(server.httpUrl, 'POST', path(), { token: facilitatorToken, body: { name: '' } })).status,
    ).toBe(400);
    expect((await call(server.httpUrl, 'GET', path(), { token: observer.token })).status).toBe(200);
  });

  it('makes an automatic version of a board left idle after changes', async () => {
    const other = await createBoard(server.httpUrl, facilitatorToken, programmeId, 'needs-analysis', 'Needs');
    const client = connectClient(server.wsUrl, other.docId, { params: { token: facilitatorToken } });
    await client.synced();
    client.doc.getText('text').insert(0, 'challenge');
    await client.saved();
    const versionsOf = `/api/programmes/${programmeId}/boards/${other.id}/versions`;
    const list = await waitFor(
      async () => {
        const { versions } = await expectOk(
          List,
          200,
          call(server.httpUrl, 'GET', versionsOf, { token: facilitatorToken }),
        );
        return versions.length > 0 ? versions : null;
      },
      { timeoutMs: 10_000, what: 'an automatic version' },
    );
    expect(list[0]).toMatchObject({ auto: true, createdBy: null });
  });
});
