import { fileName } from '@mentoring/shared/export/file-name';
import { BoardJsonExportSchema, exportFormatsOf } from '@mentoring/shared/schema/exports';
import { TEMPLATE_KINDS } from '@mentoring/shared/schema/templates/kinds';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProgramme, joinAs } from '../helpers/access.js';
import { docxText, download, downloadName, missingFrom, pdfInfo, pdfText } from '../helpers/exports.js';
import { PROGRAMME, TITLES, useFilledProgramme } from '../helpers/filled-programme.js';
import type { ServerProcess } from '../helpers/server-process.js';

/** Each board exported as DOCX, PDF, CSV and JSON: every field, label and letter; names; refusals. */
describe('exports, backup and import', () => {
  const filled = useFilledProgramme();
  const { boards, get, expectedOf } = filled;
  let server: ServerProcess;
  let programmeId: string;
  let token: string;
  beforeAll(() => {
    ({ server, programmeId, token } = filled);
  });

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
});
