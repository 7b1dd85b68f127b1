import { fileName } from '@mentoring/shared/export/file-name';
import { LanguageSchema } from '@mentoring/shared/schema/programme';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CONTENT_TYPES } from '../exports/board-export.js';
import { contentDisposition } from '../exports/content-disposition.js';
import { renderOutline } from '../exports/render-off-thread.js';
import { reportBoards } from '../exports/report-data.js';
import { buildReport } from '../exports/report-outline.js';
import { EXPORT_STRINGS } from '../exports/strings.js';
import { type ApiDeps, nowIso, requireSession } from './api-kit.js';
import { exportLanguage } from './export-language.js';
import { ProgrammeParams } from './route-schemas.js';

/** `lang`: the reader's language, the same parameter and default as the other exports' (export-language.ts). */
const ReportQuery = z.object({ lang: LanguageSchema.optional() });

/**
 * The programme report (issue 14), `GET /api/programmes/:id/report.docx` and `…/report.pdf`
 * (`?lang=es`), for those who may export: scope, needs analysis, benchmark, visits and meetings,
 * the approved action plan with its monitoring, feedback to other levels (see report-outline.ts).
 */
export const reportRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  for (const format of ['docx', 'pdf'] as const) {
    const route = { schema: { params: ProgrammeParams, querystring: ReportQuery } };
    fastify.get(`/api/programmes/:id/report.${format}`, route, async (request, reply) => {
      const { id } = request.params;
      const session = await requireSession(deps, request, { programmeId: id, permission: 'export' });
      const { programme } = session;
      const language = exportLanguage(request, request.query.lang, programme);
      const { boards, references } = await reportBoards(deps, await deps.programmes.listBoards(id));
      const outline = buildReport({ programme, language, boards, references, madeOn: nowIso().slice(0, 10) });
      const body = await renderOutline(format, outline);
      request.log.info({ programmeId: id, format, language, boards: boards.length }, 'report exported');
      return reply
        .status(200)
        .header('content-type', CONTENT_TYPES[format])
        .header(
          'content-disposition',
          contentDisposition(fileName([programme.title, EXPORT_STRINGS[language].report.title], format)),
        )
        .header('cache-control', 'no-store')
        .send(body);
    });
  }
};
