import { readTemplate } from '@mentoring/shared/doc/registry';
import { fileName } from '@mentoring/shared/export/file-name';
import { JourneyResponseSchema } from '@mentoring/shared/journey/api';
import { CreateProgrammeResponseSchema, ProgrammeDetailsResponseSchema } from '@mentoring/shared/schema/api';
import { BackupSchema, exportFormatsOf } from '@mentoring/shared/schema/exports';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { call, expectOk, TEST_SECRET } from '../helpers/access.js';
import { docxText, download, downloadName } from '../helpers/exports.js';
import { NON_ASCII } from '../helpers/fill-board.js';
import { PROGRAMME, TITLES, useFilledProgramme } from '../helpers/filled-programme.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** The programme backed up as a ZIP and imported into a fresh server; imports that are refused. */
describe('exports, backup and import', () => {
  const filled = useFilledProgramme();
  const { boards } = filled;
  let server: ServerProcess;
  let programmeId: string;
  let token: string;
  beforeAll(() => {
    ({ server, programmeId, token } = filled);
  });
  let fresh: ServerProcess | undefined;
  afterAll(async () => {
    destroyAllClients();
    await fresh?.stop();
  });

  it('backs the programme up as a ZIP and imports it into a fresh server with identical boards', async () => {
    const plan = boards.get('action-plan');
    if (!plan) throw new Error('no plan');
    const versions = `/api/programmes/${programmeId}/boards/${plan.board.id}/versions`;
    await expectOk(
      z.object({ version: VersionMetaSchema }),
      201,
      call(server.httpUrl, 'POST', versions, { token, body: { name: 'después de la visita 1 ñ' } }),
    );

    // The facilitator's journey choices travel with the backup.
    const journey = `/api/programmes/${programmeId}/journey`;
    const added = { id: 'eval-visit-1', title: 'Evaluation visit ñ', purpose: 'evaluation', mode: 'virtual' };
    for (const body of [
      { action: 'skip', step: 'benchmark', skipped: true },
      { action: 'add', step: added },
    ]) {
      expect((await call(server.httpUrl, 'PATCH', journey, { token, body })).status).toBe(200);
    }

    const zip = await download(server.httpUrl, `/api/programmes/${programmeId}/backup`, token);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(downloadName(zip.headers).utf8).toMatch(
      /^Programa Rīga–Málaga_ ñ_ç _Ελληνικά_ - backup \d{4}-\d{2}-\d{2}\.zip$/,
    );
    const entries = unzipSync(zip.body);
    const names = Object.keys(entries).sort();
    const expectedNames = [...boards.values()].flatMap(({ board }) =>
      exportFormatsOf(board.kind).map((format) => fileName([board.title], format)),
    );
    expect(names).toEqual(['backup.json', ...expectedNames].sort());
    expect(
      await docxText(Buffer.from(entries[fileName([TITLES['needs-analysis']], 'docx')] ?? [])),
    ).toContain(NON_ASCII);
    const backup = BackupSchema.parse(JSON.parse(Buffer.from(entries['backup.json'] ?? []).toString('utf8')));
    expect(backup.boards).toHaveLength(boards.size);
    expect(backup.boards.find((b) => b.id === plan.board.id)?.versions?.map((v) => v.meta.name)).toContain(
      'después de la visita 1 ñ',
    );

    expect(backup.journey).toEqual({ skipped: ['benchmark'], completed: [], added: [added] });

    fresh = await startServer({ SECRET: TEST_SECRET });
    const imported = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(fresh.httpUrl, 'POST', '/api/import', { body: backup }),
    );
    expect(imported.programme).toMatchObject({
      title: PROGRAMME.title,
      menteeCity: PROGRAMME.menteeCity,
      language: 'es',
    });
    expect(imported.programme.id).not.toBe(programmeId);
    const details = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(fresh.httpUrl, 'GET', `/api/programmes/${imported.programme.id}`, {
        token: imported.facilitatorToken,
      }),
    );
    expect(details.members.map((m) => [m.role, m.displayName])).toEqual([
      ['facilitator', PROGRAMME.facilitatorName],
    ]);
    expect(details.boards.map((b) => [b.kind, b.title]).sort()).toEqual(
      [...boards.values()].map(({ board }) => [board.kind, board.title]).sort(),
    );
    const importedJourney = await expectOk(
      JourneyResponseSchema,
      200,
      call(fresh.httpUrl, 'GET', `/api/programmes/${imported.programme.id}/journey`, {
        token: imported.facilitatorToken,
      }),
    );
    expect(importedJourney.settings).toEqual(backup.journey);
    const newPlanId = details.boards.find((b) => b.kind === 'action-plan')?.id;
    for (const board of details.boards) {
      const original = boards.get(board.kind);
      expect(board.id).not.toBe(original?.board.id);
      expect(board.docId).not.toBe(original?.board.docId);
      const client = connectClient(fresh.wsUrl, board.docId, {
        params: { token: imported.facilitatorToken },
      });
      await client.synced();
      const json =
        board.kind === 'canvas' ? client.doc.getMap('store').toJSON() : readTemplate(board.kind, client.doc);
      client.destroy();
      // The agenda's link to the action plan follows the plan to its new id.
      const expected =
        board.kind === 'visit-agenda' ? relinked(original?.json, plan.board.id, newPlanId) : original?.json;
      expect(json, board.kind).toEqual(expected);
    }
    const newPlan = details.boards.find((b) => b.kind === 'action-plan');
    const list = await call(
      fresh.httpUrl,
      'GET',
      `/api/programmes/${imported.programme.id}/boards/${newPlan?.id}/versions`,
      {
        token: imported.facilitatorToken,
      },
    );
    expect((list.body as { versions: { name: string }[] }).versions.map((v) => v.name)).toContain(
      'después de la visita 1 ñ',
    );
  });

  it('refuses an import that is not a backup, or whose Yjs state is broken', async () => {
    expect((await call(server.httpUrl, 'POST', '/api/import', { body: { format: 'nope' } })).status).toBe(
      400,
    );
    const zip = unzipSync(
      (await download(server.httpUrl, `/api/programmes/${programmeId}/backup`, token)).body,
    );
    const backup = BackupSchema.parse(JSON.parse(Buffer.from(zip['backup.json'] ?? []).toString('utf8')));
    const broken = {
      ...backup,
      boards: backup.boards.map((b) => ({ ...b, yjsUpdate: Buffer.from('broken ñ').toString('base64') })),
    };
    const response = await call(server.httpUrl, 'POST', '/api/import', { body: broken });
    expect(response.status).toBe(400);
    expect((response.body as { error: string }).error).toMatch(/cannot be read/);
  });

  it('imports large backups (over the 1 MB API limit) and the GDPR export too', async () => {
    const zip = unzipSync(
      (await download(server.httpUrl, `/api/programmes/${programmeId}/backup`, token)).body,
    );
    const backup = BackupSchema.parse(JSON.parse(Buffer.from(zip['backup.json'] ?? []).toString('utf8')));
    const big = new Y.Doc();
    big.getMap('store').set('shape:big', { type: 'note', text: `${NON_ASCII} `.repeat(80_000) });
    const yjsUpdate = Buffer.from(Y.encodeStateAsUpdate(big)).toString('base64');
    const large = {
      ...backup,
      boards: backup.boards.map((b) => (b.kind === 'canvas' ? { ...b, yjsUpdate } : b)),
    };
    expect(JSON.stringify(large).length).toBeGreaterThan(2 * 1024 * 1024);
    expect((await call(server.httpUrl, 'POST', '/api/import', { body: large })).status).toBe(201);

    const gdpr = await call(server.httpUrl, 'GET', `/api/programmes/${programmeId}/export`, { token });
    expect(gdpr.status).toBe(200);
    const imported = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/import', { body: gdpr.body }),
    );
    const details = await expectOk(
      ProgrammeDetailsResponseSchema,
      200,
      call(server.httpUrl, 'GET', `/api/programmes/${imported.programme.id}`, {
        token: imported.facilitatorToken,
      }),
    );
    expect(details.boards).toHaveLength(boards.size);
  });
});

/** The visit agenda's JSON with agenda items' links to `from` pointing at `to`. */
function relinked(json: unknown, from: string, to: string | undefined): unknown {
  return JSON.parse(JSON.stringify(json).replaceAll(`"boardId":"${from}"`, `"boardId":"${to}"`));
}
