import {
  BoardResponseSchema,
  CreateBoardRequestSchema,
  RenameBoardRequestSchema,
} from '@mentoring/shared/schema/api';
import type { Board } from '@mentoring/shared/schema/board';
import { BoardIdSchema, DocIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { API_BODY_LIMIT, type ApiDeps, nowIso, parseInput, requireSession, send } from './api-kit.js';

const BoardParamsSchema = z.object({ id: ProgrammeIdSchema, boardId: BoardIdSchema });

/** `POST /api/programmes/:id/boards` and `PATCH /api/programmes/:id/boards/:boardId` (rename). */
export const boardRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  fastify.post('/api/programmes/:id/boards', { bodyLimit: API_BODY_LIMIT }, async (request, reply) => {
    const { id } = parseInput(z.object({ id: ProgrammeIdSchema }), request.params, 'parameters');
    await requireSession(deps, request, { programmeId: id, permission: 'createBoards' });
    const { kind, title } = parseInput(CreateBoardRequestSchema, request.body, 'body');
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
    return send(reply, 201, BoardResponseSchema, { board });
  });

  fastify.patch(
    '/api/programmes/:id/boards/:boardId',
    { bodyLimit: API_BODY_LIMIT },
    async (request, reply) => {
      const { id, boardId } = parseInput(BoardParamsSchema, request.params, 'parameters');
      await requireSession(deps, request, { programmeId: id, permission: 'createBoards' });
      const { title } = parseInput(RenameBoardRequestSchema, request.body, 'body');
      const board = await deps.programmes.renameBoard(id, boardId, title);
      if (!board) throw new AppError('notFound', 'board not found');
      return send(reply, 200, BoardResponseSchema, { board });
    },
  );
};
