import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import {
  BoardResponseSchema,
  CreateBoardRequestSchema,
  RenameBoardRequestSchema,
} from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import { BoardIdSchema, DocIdSchema } from '@mentoring/shared/schema/ids';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { API_BODY_LIMIT, type ApiDeps, nowIso, requireSession } from './api-kit.js';
import { BoardParams, ProgrammeParams } from './route-schemas.js';

/**
 * `POST /api/programmes/:id/boards`, `PATCH /api/programmes/:id/boards/:boardId` (rename), and the
 * trash (facilitators): `DELETE …/boards/:boardId` moves a board there (its open connections close;
 * only facilitators may open it again), `POST …/boards/:boardId/restore` brings it back. The trash
 * sweeper (server/src/trash) purges a board TRASH_DAYS after it was deleted.
 */
export const boardRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  fastify.post(
    '/api/programmes/:id/boards',
    {
      bodyLimit: API_BODY_LIMIT,
      schema: {
        params: ProgrammeParams,
        body: CreateBoardRequestSchema,
        response: { 201: BoardResponseSchema },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      await requireSession(deps, request, { programmeId: id, permission: 'createBoards' });
      const { kind, title } = request.body;
      // The doc id is a fresh unguessable id, unrelated to the board id: knowing one tells nothing of the other.
      const board: Board = {
        id: BoardIdSchema.parse(newId()),
        programmeId: id,
        kind,
        title,
        docId: DocIdSchema.parse(newId()),
        createdAt: nowIso(),
      };
      if (!(await deps.programmes.addBoard(board))) throw new AppError('notFound', 'programme not found');
      deps.journey.touch(board.programmeId);
      return reply.status(201).send({ board });
    },
  );

  fastify.patch(
    '/api/programmes/:id/boards/:boardId',
    {
      bodyLimit: API_BODY_LIMIT,
      schema: { params: BoardParams, body: RenameBoardRequestSchema, response: { 200: BoardResponseSchema } },
    },
    async (request, reply) => {
      const { id, boardId } = request.params;
      await requireSession(deps, request, { programmeId: id, permission: 'createBoards' });
      const board = await deps.programmes.renameBoard(id, boardId, request.body.title);
      if (!board) throw new AppError('notFound', 'board not found');
      deps.journey.touch(board.programmeId);
      return reply.status(200).send({ board });
    },
  );

  const trash = { schema: { params: BoardParams, response: { 200: BoardResponseSchema } } };
  fastify.delete('/api/programmes/:id/boards/:boardId', trash, async (request, reply) => {
    const { id, boardId } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'facilitate' });
    const board = await deps.programmes.trashBoard(id, boardId, nowIso());
    if (!board) throw new AppError('notFound', 'board not found');
    // Everyone here is disconnected; facilitators reconnect (they may still open it), others are refused.
    // Other nodes' connections of non-facilitators end on their next access check (authorize-doc.ts).
    await deps.rooms.evict(board.docId, CloseCode.forbidden);
    // A trashed board no longer counts in the journey nor in the coordinator's figures.
    deps.journey.touch(id);
    request.log.info({ programmeId: id, boardId }, 'board moved to the trash');
    return reply.status(200).send({ board });
  });

  fastify.post('/api/programmes/:id/boards/:boardId/restore', trash, async (request, reply) => {
    const { id, boardId } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'facilitate' });
    const board = await deps.programmes.trashBoard(id, boardId, null);
    if (!board) throw new AppError('notFound', 'board not found');
    deps.journey.touch(id);
    request.log.info({ programmeId: id, boardId }, 'board restored from the trash');
    return reply.status(200).send({ board });
  });
};
