import { formatDate } from '@mentoring/shared/i18n/format';
import { readLocaleFile } from '@mentoring/shared/i18n/locale-files';
import { BoardResponseSchema, CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import type { Language } from '@mentoring/shared/schema/programme';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { call, expectOk, TEST_SECRET } from '../helpers/access.js';
import { type Download, docxText, download, downloadName, missingFrom, pdfText } from '../helpers/exports.js';
import { fillBoard, labelsOf } from '../helpers/fill-board.js';
import { type ServerProcess, startServer } from '../helpers/server-process.js';
import { connectClient, destroyAllClients } from '../helpers/yjs-client.js';

/** Greek and Latvian content, the same in every programme; the labels follow the export language. */
const CONTENT = {
  title: 'Σχέδιο δράσης — Rīcības plāns 2026',
  menteeCity: 'Θεσσαλονίκη',
  mentorCity: 'Jūrmala',
} as const;

/** Words of the export that are not field labels, from the same resource file the server reads. */
const exportWords = (language: Language) =>
  readLocaleFile(language, 'exports') as { programme: string; comments: string };

describe.each(['el', 'lv', 'fr'] as const)('an action plan exported in %s', (language) => {
  let server: ServerProcess;
  let token: string;
  let exportPath: (format: string) => string;
  let values: string[] = [];
  let items: Record<string, string[]> = {};
  let itemValues: Record<string, string[]> = {};

  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
    // The export language is the programme's working language.
    const created = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/programmes', {
        body: { ...CONTENT, language, facilitatorName: 'Ελένη Bērziņa' },
      }),
    );
    token = created.facilitatorToken;
    const programmeId = created.programme.id;
    const { board } = await expectOk(
      BoardResponseSchema,
      201,
      call(server.httpUrl, 'POST', `/api/programmes/${programmeId}/boards`, {
        token,
        body: { kind: 'action-plan', title: CONTENT.title },
      }),
    );
    const client = connectClient(server.wsUrl, board.docId, { params: { token } });
    await client.synced();
    // Every field gets a unique marker followed by Greek and Latvian letters (see NON_ASCII).
    ({ values, items, itemValues } = fillBoard(client.doc, 'action-plan', language));
    await client.saved();
    client.destroy();
    exportPath = (format) => `/api/programmes/${programmeId}/boards/${board.id}/export?format=${format}`;
  });

  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  const expected = () => [
    CONTENT.title,
    exportWords(language).programme,
    ...labelsOf('action-plan', language),
    ...values,
  ];

  it('DOCX: the content read back as written, the labels in the language', async () => {
    const file = await download(server.httpUrl, exportPath('docx'), token);
    expect(file.status).toBe(200);
    const text = await docxText(file.body);
    expect(missingFrom(text, expected())).toEqual([]);
    // Not the English labels (they differ from the translation in every language here).
    expect(text).not.toContain(`${labelsOf('action-plan', 'en')[0]}:`);
  });

  it('PDF: the content read back as written, the labels in the language', async () => {
    const file = await download(server.httpUrl, exportPath('pdf'), token);
    expect(file.status).toBe(200);
    expect(missingFrom(await pdfText(file.body), expected())).toEqual([]);
  });

  it('CSV: one row per action, headed by the column labels in the language', async () => {
    const file = await download(server.httpUrl, exportPath('csv'), token);
    expect(file.status).toBe(200);
    const records = parse(file.body.toString('utf8'), { bom: true }) as string[][];
    // The six numbered columns of the guide's action plan, in the export language.
    const numbered = labelsOf('action-plan', language).filter((label) => /^\d\./.test(label));
    expect(numbered).toHaveLength(6);
    expect(records[0]?.slice(0, 6)).toEqual(numbered);
    expect(records).toHaveLength(1 + (items.rows?.length ?? 0));
    const cells = records.slice(1).flat();
    const rowValues = itemValues.rows ?? [];
    expect(rowValues.length).toBeGreaterThan(0);
    expect(rowValues.filter((value) => !cells.some((cell) => cell.includes(value)))).toEqual([]);
  });
});

/** GET with the reader's browser headers (the helper's `download` sends none). */
async function downloadAs(
  baseUrl: string,
  urlPath: string,
  token: string,
  acceptLanguage?: string,
): Promise<Download> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (acceptLanguage) headers['accept-language'] = acceptLanguage;
  const response = await fetch(`${baseUrl}${urlPath}`, { headers });
  return {
    status: response.status,
    headers: response.headers,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** The header row of a CSV export. */
const csvHeader = (file: Download) =>
  (parse(file.body.toString('utf8'), { bom: true }) as string[][])[0] ?? [];

/**
 * One programme working in Spanish, with Greek and Latvian content, read by people of other
 * languages: each export is asked for in the reader's language (`?lang=`), else follows the
 * browser's `Accept-Language`, else the programme's working language.
 */
describe('exports in the reader’s language', () => {
  let server: ServerProcess;
  let token: string;
  let programmeId: string;
  let boardPath: (format: string, query?: string) => string;

  beforeAll(async () => {
    server = await startServer({ SECRET: TEST_SECRET });
    const created = await expectOk(
      CreateProgrammeResponseSchema,
      201,
      call(server.httpUrl, 'POST', '/api/programmes', {
        body: { ...CONTENT, language: 'es', facilitatorName: 'Ελένη Bērziņa' },
      }),
    );
    token = created.facilitatorToken;
    programmeId = created.programme.id;
    const { board } = await expectOk(
      BoardResponseSchema,
      201,
      call(server.httpUrl, 'POST', `/api/programmes/${programmeId}/boards`, {
        token,
        body: { kind: 'action-plan', title: CONTENT.title },
      }),
    );
    const client = connectClient(server.wsUrl, board.docId, { params: { token } });
    await client.synced();
    fillBoard(client.doc, 'action-plan', 'es');
    await client.saved();
    client.destroy();
    boardPath = (format, query = '') =>
      `/api/programmes/${programmeId}/boards/${board.id}/export?format=${format}${query}`;
  });

  afterAll(async () => {
    destroyAllClients();
    await server?.stop();
  });

  /** What an export in `language` must show: the same content, labels and option words in it. */
  const expectedIn = (language: Language) => [
    CONTENT.title,
    exportWords(language).programme,
    ...labelsOf('action-plan', language),
    // The plan's own header names its cities (filled in); filling a fresh document gives the same markers; option labels come in `language`.
    ...fillBoard(new Y.Doc(), 'action-plan', language).values,
  ];
  const today = () => new Date().toISOString().slice(0, 10);
  const exportDate = (language: Language) =>
    (readLocaleFile(language, 'exports') as { exportedOn: string }).exportedOn.replace(
      '{{date}}',
      formatDate(language, today()),
    );

  describe.each(['el', 'lv', 'fr'] as const)('asked for in %s (?lang=)', (language) => {
    it('DOCX: content as written, labels and the export date in the language, w:lang set', async () => {
      const file = await download(server.httpUrl, boardPath('docx', `&lang=${language}`), token);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-language')).toBe(language);
      const text = await docxText(file.body);
      expect(missingFrom(text, [...expectedIn(language), exportDate(language)])).toEqual([]);
      expect(text).not.toContain(`${labelsOf('action-plan', 'es')[0]}:`);
      // The document language of every run (styles.xml), for spell-checkers and screen readers.
      const styles = Buffer.from(unzipSync(file.body)['word/styles.xml'] ?? []).toString('utf8');
      expect(styles).toMatch(new RegExp(`<w:lang w:val="${language}-[A-Z]{2}"`));
    });

    it('PDF: content as written, labels in the language, /Lang set', async () => {
      const file = await download(server.httpUrl, boardPath('pdf', `&lang=${language}`), token);
      expect(file.status).toBe(200);
      expect(missingFrom(await pdfText(file.body), [...expectedIn(language), exportDate(language)])).toEqual(
        [],
      );
      expect(file.body.toString('latin1')).toMatch(new RegExp(`/Lang \\(${language}-[A-Z]{2}\\)`));
    });

    it('CSV: the column labels in the language, the rows as written', async () => {
      const file = await download(server.httpUrl, boardPath('csv', `&lang=${language}`), token);
      expect(file.status).toBe(200);
      const numbered = labelsOf('action-plan', language).filter((label) => /^\d\./.test(label));
      expect(csvHeader(file).slice(0, 6)).toEqual(numbered);
      const records = parse(file.body.toString('utf8'), { bom: true }) as string[][];
      const cells = records.slice(1).flat().join('\n');
      expect(
        missingFrom(cells, fillBoard(new Y.Doc(), 'action-plan', language).itemValues.rows ?? []),
      ).toEqual([]);
    });
  });

  it('without ?lang= follows the browser’s Accept-Language, else the programme’s language', async () => {
    const numbered = (language: Language) =>
      labelsOf('action-plan', language).filter((label) => /^\d\./.test(label));
    const latvian = await downloadAs(
      server.httpUrl,
      boardPath('csv'),
      token,
      'de-DE,de;q=0.9,lv;q=0.8,en;q=0.5',
    );
    expect(latvian.headers.get('content-language')).toBe('lv');
    expect(csvHeader(latvian).slice(0, 6)).toEqual(numbered('lv'));
    const greek = await downloadAs(server.httpUrl, boardPath('docx'), token, 'el-GR');
    expect(missingFrom(await docxText(greek.body), labelsOf('action-plan', 'el'))).toEqual([]);
    // No offered language asked for: the programme's working language (Spanish).
    const german = await downloadAs(server.httpUrl, boardPath('csv'), token, 'de-DE,de;q=0.9');
    expect(german.headers.get('content-language')).toBe('es');
    expect(csvHeader(german).slice(0, 6)).toEqual(numbered('es'));
    // An explicit choice wins over the browser's.
    const chosen = await downloadAs(server.httpUrl, boardPath('csv', '&lang=fr'), token, 'el-GR');
    expect(csvHeader(chosen).slice(0, 6)).toEqual(numbered('fr'));
  });

  it('refuses a language the product does not offer (400), on a board and on the backup', async () => {
    expect((await download(server.httpUrl, boardPath('pdf', '&lang=de'), token)).status).toBe(400);
    expect((await download(server.httpUrl, boardPath('pdf', '&lang=EL'), token)).status).toBe(400);
    const backup = `/api/programmes/${programmeId}/backup?lang=xx`;
    expect((await download(server.httpUrl, backup, token)).status).toBe(400);
  });

  it('names the files after Greek and Latvian titles: UTF-8 filename* with an ASCII fallback', async () => {
    for (const format of ['docx', 'pdf', 'csv']) {
      const file = await download(server.httpUrl, boardPath(format, '&lang=el'), token);
      const { utf8, ascii } = downloadName(file.headers);
      expect(utf8).toContain('Σχέδιο δράσης');
      expect(utf8).toContain('Rīcības plāns 2026');
      expect(utf8?.endsWith(`.${format}`)).toBe(true);
      expect(ascii).toMatch(/^[\x20-\x7e]+$/);
      expect(ascii?.endsWith(`.${format}`)).toBe(true);
    }
    const zip = await download(server.httpUrl, `/api/programmes/${programmeId}/backup?lang=lv`, token);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-language')).toBeNull();
    expect(downloadName(zip.headers).utf8).toContain('Σχέδιο δράσης');
    expect(downloadName(zip.headers).ascii).toMatch(/^[\x20-\x7e]+\.zip$/);
    // The ZIP's documents speak the language asked for.
    const files = unzipSync(zip.body);
    const csv = Object.entries(files).find(([name]) => name.endsWith('.csv'))?.[1];
    const numbered = labelsOf('action-plan', 'lv').filter((label) => /^\d\./.test(label));
    expect(
      csvHeader({ status: 200, headers: new Headers(), body: Buffer.from(csv ?? []) }).slice(0, 6),
    ).toEqual(numbered);
  });
});
