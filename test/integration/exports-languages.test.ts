import { readLocaleFile } from '@mentoring/shared/i18n/locale-files';
import { BoardResponseSchema, CreateProgrammeResponseSchema } from '@mentoring/shared/schema/api';
import type { Language } from '@mentoring/shared/schema/programme';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectOk, TEST_SECRET } from '../helpers/access.js';
import { docxText, download, missingFrom, pdfText } from '../helpers/exports.js';
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
