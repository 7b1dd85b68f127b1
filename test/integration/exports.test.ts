import { addComment } from '@mentoring/shared/doc/comments';
import { readTemplate } from '@mentoring/shared/doc/registry';
import { fileName } from '@mentoring/shared/export/file-name';
import {
  BoardResponseSchema,
  CreateProgrammeResponseSchema,
  ProgrammeDetailsResponseSchema,
} from '@mentoring/shared/schema/api';
import type { Board, BoardKind } from '@mentoring/shared/schema/board';
import { BackupSchema, BoardJsonExportSchema, exportFormatsOf } from '@mentoring/shared/schema/exports';
import { TEMPLATE_KINDS, type TemplateKind } from '@mentoring/shared/schema/templates/kinds';
import { VersionMetaSchema } from '@mentoring/shared/schema/version';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { z } from 'zod';
import { call, createProgramme, expectOk, joinAs, TEST_SECRET } from '../helpers/access.js';
import {
  type Download,
  docxText,
  download,
  downloadName,
  missingFrom,
  pdfInfo,
  pdfText,
} from '../helpers/exports.js';
import { type FilledBoard, fillBoard, labelsOf, NON_ASCII } from '../helpers/fill-board.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

const PROGRAMME = {
  title: `Programa Rīga–Málaga: ñ/ç "Ελληνικά"?`,
  menteeCity: 'Rīga ā ē ī ū š ž',
  mentorCity: 'Málaga ñ',
  language: 'es',
  facilitatorName: 'Núria Çelik',
} as const;

const TITLES: Record<BoardKind, string> = {
  'needs-analysis': 'Análisis de necesidades ñ',
  'mentor-strengths': 'Fortalezas Ελληνικά',
  'good-practice': 'Buenas prácticas ç',
  'support-network': 'Red de apoyo š ž',
  benchmark: 'Referencia ā ē',
  'action-plan': 'Plan de acción: visita 1/2 <final>',
  'visit-agenda': 'Agenda de visitas ī ū',
  canvas: 'Lienzo ñ',
};

interface Filled {
  board: Board;
  expected: FilledBoard;
  json: unknown;
}

describe('exports, backup and import', () => {
  let server: ServerProcess;
  let fresh: ServerProcess | undefined;
  let programmeId: string;
  let token: string;
  const boards = new Map<BoardKind, Filled>();
  const exportPath = (board: Board, format: string) =>
    `/api/programmes/${programmeId}/boards/${board.id}/export?format=${format}`;
  const get = async (kind: BoardKind, format: string, as = token): Promise<Download> => {
    const filled = boards.get(kind);
    if (!filled) throw new Error(`no ${kind} board`);
    return download(server.httpUrl, exportPath(filled.board, format), as);
  };

  async function createAndFill(
    kind: BoardKind,
    links: Parameters<typeof fillBoard>[3] = {},
  ): Promise<Filled> {
    const { board } = await expectOk(
      BoardResponseSchema,
      201,
      call(server.httpUrl, 'POST', `/api/programmes/${programmeId}/boards`, {
        token,
        body: { kind, title: TITLES[kind] },
      }),
    );
    const client = connectClient(server.wsUrl, board.docId, { params: { token } });
    await client.synced();
    let expected: FilledBoard = { values: [], items: {}, itemValues: {} };
    if (kind === 'canvas') client.doc.getMap('store').set('shape:1', { type: 'note', text: NON_ASCII });
    else {
      expected = fillBoard(client.doc, kind, 'es', links);
      // A thread on the whole board: exported after the content.
      const author = { memberId: 'member-1', name: PROGRAMME.facilitatorName };
      const asked = addComment(client.doc, { target: {}, author, text: `¿Pregunta ${kind} ñ?` });
      addComment(client.doc, { target: {}, author, text: `Respuesta ${kind} ç`, replyTo: asked });
      expected.values.push('Comentarios', `¿Pregunta ${kind} ñ?`, `Respuesta ${kind} ç`);
    }
    await client.saved();
    const json = kind === 'canvas' ? client.doc.getMap('store').toJSON() : readTemplate(kind, client.doc);
    client.destroy();
    const filled = { board, expected, json };
    boards.set(kind, filled);
    return filled;
  }

  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
    const created = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/programmes', { body: PROGRAMME }),
    );
    programmeId = created.programme.id;
    token = created.facilitatorToken;
    const benchmark = await createAndFill('benchmark');
    const factors = (benchmark.json as { keyFactors: { id: string; title: string }[] }).keyFactors;
    const plan = await createAndFill('action-plan', { keyFactor: factors[0] });
    await createAndFill('visit-agenda', { board: { id: plan.board.id, title: plan.board.title } });
    for (const kind of [
      'needs-analysis',
      'mentor-strengths',
      'good-practice',
      'support-network',
      'canvas',
    ] as const) {
      await createAndFill(kind);
    }
  });
  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
    await fresh?.stop();
  });

  const expectedOf = (kind: TemplateKind) => {
    const filled = boards.get(kind);
    return [PROGRAMME.title, TITLES[kind], ...labelsOf(kind, 'es'), ...(filled?.expected.values ?? [])];
  };

  it.each(TEMPLATE_KINDS)('exports the %s as DOCX with every field, label and letter', async (kind) => {
    const file = await get(kind, 'docx');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    expect(missingFrom(await docxText(file.body), expectedOf(kind))).toEqual([]);
  });

  it.each(TEMPLATE_KINDS)(
    'exports the %s as a tagged PDF with every field, label and letter',
    async (kind) => {
      const file = await get(kind, 'pdf');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(missingFrom(await pdfText(file.body), expectedOf(kind))).toEqual([]);
      const { info, fonts } = await pdfInfo(file.body);
      expect(info).toMatchObject({ Title: TITLES[kind], Tagged: 'yes' });
      // Every font embedded, as a subset, with a Unicode map (so text extracts): only DejaVu Sans.
      const rows = fonts.trim().split('\n').slice(2);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toMatch(/DejaVuSans.*\byes\s+yes\s+yes\s+\d+\s+\d+$/);
    },
  );

  it('lays out the action plan as annex 6 in the DOCX: landscape, header block, repeating table header', async () => {
    const file = await get('action-plan', 'docx');
    const xml = Buffer.from(unzipSync(file.body)['word/document.xml'] ?? []).toString('utf8');
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader/>');
    const text = await docxText(file.body);
    const order = [
      'Programa',
      'Título del plan',
      'Ciudad mentorizada',
      'Ciudad mentora',
      'Fecha',
      'Versión',
      '1. Acciones',
      '6. Evaluación del éxito',
    ];
    const positions = order.map((label) => text.indexOf(label));
    expect(positions.every((at) => at >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it.each(['action-plan', 'support-network'] as const)(
    'exports the %s as RFC 4180 CSV with a BOM',
    async (kind) => {
      const file = await get(kind, 'csv');
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = file.body.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      const records = parse(text, { bom: true }) as string[][];
      const filled = boards.get(kind);
      const list = kind === 'action-plan' ? 'rows' : 'members';
      expect(records).toHaveLength(1 + (filled?.expected.items[list]?.length ?? 0));
      if (kind === 'action-plan') expect(records[0]?.slice(0, 2)).toEqual(['1. Acciones', '2. Resultados']);
      const cells = records.flat();
      const values = filled?.expected.itemValues[list] ?? [];
      expect(values.length).toBeGreaterThan(0);
      expect(values.filter((value) => !cells.some((cell) => cell.includes(value)))).toEqual([]);
    },
  );

  it.each([...TEMPLATE_KINDS, 'canvas'] as const)(
    'exports the %s as JSON with its content and Yjs state',
    async (kind) => {
      const file = await get(kind, 'json');
      expect(file.status).toBe(200);
      const exported = BoardJsonExportSchema.parse(JSON.parse(file.body.toString('utf8')));
      const filled = boards.get(kind);
      expect(exported.board.id).toBe(filled?.board.id);
      expect(kind === 'canvas' ? exported.board.content.store : exported.board.content).toEqual(filled?.json);
    },
  );

  it('names files after the programme and the board, safe on every OS', async () => {
    const file = await get('action-plan', 'pdf');
    const { utf8, ascii } = downloadName(file.headers);
    expect(utf8).toBe(fileName([PROGRAMME.title, TITLES['action-plan']], 'pdf'));
    expect(utf8).toBe('Programa Rīga–Málaga_ ñ_ç _Ελληνικά_ - Plan de acción_ visita 1_2 _final_.pdf');
    expect(ascii).toMatch(/^[\x20-\x7e]+\.pdf$/);
    expect(ascii).not.toMatch(/[<>:"/\\|?*]/);
    expect(file.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses formats a board does not offer, and bad requests, with 400', async () => {
    const canvas = await get('canvas', 'pdf');
    expect(canvas.status).toBe(400);
    expect(JSON.parse(canvas.body.toString()).error).toMatch(/canvas.*json.*browser/);
    const needs = await get('needs-analysis', 'csv');
    expect(needs.status).toBe(400);
    expect(JSON.parse(needs.body.toString()).error).toMatch(
      /cannot be exported as csv; choose docx, pdf, json/,
    );
    expect((await get('action-plan', 'xlsx')).status).toBe(400);
    const board = boards.get('action-plan')?.board;
    const bare = `/api/programmes/${programmeId}/boards/${board?.id}/export`;
    expect((await download(server.httpUrl, bare, token)).status).toBe(400);
    expect(exportFormatsOf('canvas')).toEqual(['json']);
  });

  it('lets members of the programme only export its boards', async () => {
    expect((await get('action-plan', 'pdf', '')).status).toBe(401);
    expect((await get('action-plan', 'pdf', 'not-a-token')).status).toBe(401);
    const other = await createProgramme(server.httpUrl, 'other');
    expect((await get('action-plan', 'pdf', other.facilitatorToken)).status).toBe(403);
    const observer = await joinAs(server.httpUrl, token, programmeId, 'observer', 'Alcaldesa');
    expect((await get('needs-analysis', 'docx', observer.token)).status).toBe(200);
    const backup = `/api/programmes/${programmeId}/backup`;
    expect((await download(server.httpUrl, backup, observer.token)).status).toBe(403);
    expect((await download(server.httpUrl, backup)).status).toBe(401);
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
