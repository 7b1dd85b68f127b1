import { ExportQuerySchema } from '@mentoring/shared/schema/exports';
import { BoardIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { backupFileName, programmeZip } from '../exports/backup.js';
import { checkFormat, type ExportFile, exportBoard } from '../exports/board-export.js';
import { readBoard, referencedBoards, referencesOf } from '../exports/board-snapshot.js';
import { contentDisposition } from '../exports/content-disposition.js';
import { type ApiDeps, nowIso, parseInput, requireSession } from './api-kit.js';

const BoardParams = z.object({ id: ProgrammeIdSchema, boardId: BoardIdSchema });
const ProgrammeParams = z.object({ id: ProgrammeIdSchema });

/** Sends a file as a download; never cached, as a programme's content is confidential. */
function download(reply: FastifyReply, file: ExportFile): FastifyReply {
  return reply
    .status(200)
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .send(file.body);
}

/**
 * Exports and backups:
 * - `GET /api/programmes/:id/boards/:boardId/export?format=docx|csv|pdf|json` (members): one board
 *   as a file; a format the board's kind does not offer is a 400 naming those it does;
 * - `GET /api/programmes/:id/backup` (facilitator): a ZIP of every board's exports and `backup.json`;
 * - `POST /api/import`: see import-route.ts.
 */
export const exportRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  fastify.get('/api/programmes/:id/boards/:boardId/export', async (request, reply) => {
    const { id, boardId } = parseInput(BoardParams, request.params, 'parameters');
    const { format } = parseInput(ExportQuerySchema, request.query, 'parameters');
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const boards = await deps.programmes.listBoards(id);
    const board = boards.find((candidate) => candidate.id === boardId);
    if (!board) throw new AppError('notFound', 'board not found');
    checkFormat(board.kind, format);
    const snapshot = await readBoard(deps.rooms, board);
    const linked = [];
    for (const other of referencedBoards(board, boards)) linked.push(await readBoard(deps.rooms, other));
    const references = referencesOf(boards, linked);
    const file = await exportBoard(session.programme, snapshot, format, references, nowIso());
    request.log.info({ programmeId: id, boardId, format }, 'board exported');
    return download(reply, file);
  });

  fastify.get('/api/programmes/:id/backup', async (request, reply) => {
    const { id } = parseInput(ProgrammeParams, request.params, 'parameters');
    const session = await requireSession(deps, request, { programmeId: id, permission: 'export' });
    const exportedAt = nowIso();
    const body = await programmeZip(deps, session.programme, exportedAt);
    request.log.info({ programmeId: id, bytes: body.length }, 'programme backed up');
    return download(reply, {
      fileName: backupFileName(session.programme, exportedAt),
      contentType: 'application/zip',
      body,
    });
  });
};
