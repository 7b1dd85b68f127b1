import { ExportLanguageQuerySchema, ExportQuerySchema } from '@mentoring/shared/schema/exports';
import { can } from '@mentoring/shared/schema/roles';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { backupFileName, programmeZip } from '../exports/backup.js';
import { checkFormat, type ExportFile, exportBoard } from '../exports/board-export.js';
import { readBoard, referencedBoards, referencesOf } from '../exports/board-snapshot.js';
import { contentDisposition } from '../exports/content-disposition.js';
import { type ApiDeps, nowIso, requireSession } from './api-kit.js';
import { exportLanguage } from './export-language.js';
import { BoardParams, ProgrammeParams } from './route-schemas.js';

/** Sends a file as a download; never cached, as a programme's content is confidential. */
function download(reply: FastifyReply, file: ExportFile): FastifyReply {
  if (file.language) reply.header('content-language', file.language);
  return reply
    .status(200)
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .send(file.body);
}

/**
 * Exports and backups:
 * - `GET /api/programmes/:id/boards/:boardId/export?format=docx|csv|pdf|json[&lang=el]` (members):
 *   one board as a file; a format the board's kind does not offer is a 400 naming those it does;
 * - `GET /api/programmes/:id/backup[?lang=el]` (facilitator): a ZIP of every board's exports and
 *   `backup.json`;
 * - the language of the labels: `lang`, else `Accept-Language`, else the programme's (see
 *   export-language.ts); a language the product does not offer is a 400;
 * - `POST /api/import`: see import-route.ts.
 */
export const exportRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const exportOne = { schema: { params: BoardParams, querystring: ExportQuerySchema } };
  fastify.get('/api/programmes/:id/boards/:boardId/export', exportOne, async (request, reply) => {
    const { id, boardId } = request.params;
    const { format, lang } = request.query;
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const language = exportLanguage(request, lang, session.programme);
    const boards = await deps.programmes.listBoards(id);
    const board = boards.find((candidate) => candidate.id === boardId);
    if (!board || (board.deletedAt && !can(session.role, 'facilitate'))) {
      throw new AppError('notFound', 'board not found');
    }
    checkFormat(board.kind, format);
    const snapshot = await readBoard(deps.rooms, board);
    const linked = [];
    for (const other of referencedBoards(board, boards)) linked.push(await readBoard(deps.rooms, other));
    const references = referencesOf(boards, linked);
    const file = await exportBoard(session.programme, snapshot, format, references, nowIso(), language);
    request.log.info({ programmeId: id, boardId, format, language }, 'board exported');
    return download(reply, file);
  });

  fastify.get(
    '/api/programmes/:id/backup',
    { schema: { params: ProgrammeParams, querystring: ExportLanguageQuerySchema } },
    async (request, reply) => {
      const { id } = request.params;
      const session = await requireSession(deps, request, { programmeId: id, permission: 'export' });
      const language = exportLanguage(request, request.query.lang, session.programme);
      const exportedAt = nowIso();
      const body = await programmeZip(deps, session.programme, exportedAt, language);
      request.log.info({ programmeId: id, bytes: body.length }, 'programme backed up');
      return download(reply, {
        fileName: backupFileName(session.programme, exportedAt),
        contentType: 'application/zip',
        body,
      });
    },
  );
};
