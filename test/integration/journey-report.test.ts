import { readLocaleFile } from '@mentoring/shared/i18n/locale-files';
import { TEMPLATE_TEXTS } from '@mentoring/shared/i18n/templates';
import type { Language } from '@mentoring/shared/schema/programme';
import { beforeAll, describe, expect, it } from 'vitest';
import { joinAs } from '../helpers/access.js';
import { docxText, download, missingFrom, pdfText } from '../helpers/exports.js';
import { TITLES, useFilledProgramme } from '../helpers/filled-programme.js';
import type { ServerProcess } from '../helpers/server-process.js';

/** The sections of the journey this build has, in the report's order (scope, monitoring, feedback arrive with other branches). */
const SECTIONS = ['needs-analysis', 'benchmark', 'visit-agenda', 'action-plan'] as const;

const reportWords = (language: Language) =>
  (readLocaleFile(language, 'exports') as { report: { title: string; notApproved: string } }).report;

/** The programme report (issue 14): every present section, read back by real parsers, in two languages. */
describe('programme report', () => {
  const filled = useFilledProgramme();
  let server: ServerProcess;
  let programmeId: string;
  let token: string;
  beforeAll(() => {
    ({ server, programmeId, token } = filled);
  });

  /** What the report in `language` must hold: its title, each section's heading and each board's own text. */
  const expected = (language: Language) => {
    const words = reportWords(language);
    const out: string[] = [words.title, words.notApproved];
    for (const kind of SECTIONS) {
      out.push(TEMPLATE_TEXTS[language].titles[kind].label, TITLES[kind]);
      // Every text typed into the board (markers `T001 ñ ç …`): the content, whatever the language.
      out.push(...(filled.boards.get(kind)?.expected.values ?? []).filter((value) => /^T\d{3} /.test(value)));
    }
    return out;
  };

  it.each(['es', 'en'] as const)('exports every present section as DOCX in %s', async (language) => {
    const file = await download(
      server.httpUrl,
      `/api/programmes/${programmeId}/report.docx?lang=${language}`,
      token,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('wordprocessingml');
    const text = await docxText(file.body);
    expect(missingFrom(text, expected(language))).toEqual([]);
    // Sections in the journey's order; no comment threads (working notes, not the report's).
    const positions = SECTIONS.map((kind) => text.indexOf(TEMPLATE_TEXTS[language].titles[kind].label));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('¿Pregunta');
    // Boards that are not part of the journey's report are left out.
    expect(text).not.toContain(TITLES['mentor-strengths']);
  });

  it.each(['es', 'en'] as const)('exports every present section as PDF in %s', async (language) => {
    const file = await download(
      server.httpUrl,
      `/api/programmes/${programmeId}/report.pdf?lang=${language}`,
      token,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(missingFrom(await pdfText(file.body), expected(language))).toEqual([]);
  });

  it("defaults to the reader's browser language, else the programme's, refuses an unknown one and readers without the export right", async () => {
    const file = await download(server.httpUrl, `/api/programmes/${programmeId}/report.docx`, token);
    expect(await docxText(file.body)).toContain(reportWords('es').title);
    // A reader whose browser asks for English gets it, like every other export (export-language.ts).
    const asked = await fetch(`${server.httpUrl}/api/programmes/${programmeId}/report.docx`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(asked.status).toBe(200);
    expect(await docxText(Buffer.from(await asked.arrayBuffer()))).toContain(reportWords('en').title);
    const bad = await download(server.httpUrl, `/api/programmes/${programmeId}/report.docx?lang=xx`, token);
    expect(bad.status).toBe(400);
    const observer = await joinAs(server.httpUrl, token, programmeId, 'observer');
    const refused = await download(
      server.httpUrl,
      `/api/programmes/${programmeId}/report.pdf`,
      observer.token,
    );
    expect(refused.status).toBe(403);
    expect((await download(server.httpUrl, `/api/programmes/${programmeId}/report.pdf`)).status).toBe(401);
  });
});
