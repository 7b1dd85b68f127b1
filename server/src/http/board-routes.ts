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

/** `POST /api/programmes/:id/boards` and `PATCH /api/programmes/:id/boards/:boardId` (rename). */
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
};
