import { SESSION_ROOTS } from '@mentoring/shared/doc/session';
import { BoardIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import {
  CreateVersionRequestSchema,
  type VersionMeta,
  VersionMetaSchema,
} from '@mentoring/shared/schema/version';
import type { FastifyPluginAsync } from 'fastify';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Session } from '../auth/access.js';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { restoreUpdate } from '../versions/restore.js';
import { API_BODY_LIMIT, type ApiDeps, nowIso, parseInput, requireSession, send } from './api-kit.js';

const BoardParams = z.object({ id: ProgrammeIdSchema, boardId: BoardIdSchema });
const VersionParams = BoardParams.extend({ versionId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const VersionList = z.object({ versions: z.array(VersionMetaSchema) });
const VersionResponse = z.object({ version: VersionMetaSchema });
const VersionState = z.object({ version: VersionMetaSchema, state: z.string() });
const SERVER_OWNED = new Set<string>(SESSION_ROOTS);

/**
 * Named versions of a board: list, make, open (its encoded state, for a read-only view or a
 * comparison in the client), and restore as a new change everyone sees live.
 */
export const versionRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  const boardOf = async (programmeId: string, boardId: string) => {
    const board = (await deps.programmes.listBoards(programmeId as never)).find((b) => b.id === boardId);
    if (!board) throw new AppError('notFound', 'board not found');
    return board;
  };
  const save = async (docId: string, name: string, session: Session | null): Promise<VersionMeta> => {
    const meta: VersionMeta = {
      id: newId(),
      name,
      createdAt: nowIso(),
      createdBy: session ? { memberId: session.member.id, name: session.member.displayName } : null,
      auto: session === null,
    };
    // The room's doc holds only durable state, so a version never contains an unsaved edit.
    const state = await deps.rooms.read(docId, (doc) => Y.encodeStateAsUpdate(doc));
    await deps.docs.saveVersion(docId, meta, state);
    return meta;
  };

  fastify.get('/api/programmes/:id/boards/:boardId/versions', async (request, reply) => {
    const { id, boardId } = parseInput(BoardParams, request.params, 'parameters');
    await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const board = await boardOf(id, boardId);
    return send(reply, 200, VersionList, { versions: await deps.docs.listVersions(board.docId) });
  });

  fastify.post(
    '/api/programmes/:id/boards/:boardId/versions',
    { bodyLimit: API_BODY_LIMIT },
    async (request, reply) => {
      const { id, boardId } = parseInput(BoardParams, request.params, 'parameters');
      const session = await requireSession(deps, request, { programmeId: id, permission: 'manageVersions' });
      const { name } = parseInput(CreateVersionRequestSchema, request.body, 'body');
      const board = await boardOf(id, boardId);
      return send(reply, 201, VersionResponse, { version: await save(board.docId, name, session) });
    },
  );

  fastify.get('/api/programmes/:id/boards/:boardId/versions/:versionId', async (request, reply) => {
    const { id, boardId, versionId } = parseInput(VersionParams, request.params, 'parameters');
    await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const board = await boardOf(id, boardId);
    const version = (await deps.docs.listVersions(board.docId)).find((v) => v.id === versionId);
    const state = await deps.docs.loadVersion(board.docId, versionId);
    if (!version || !state) throw new AppError('notFound', 'version not found');
    return send(reply, 200, VersionState, { version, state: Buffer.from(state).toString('base64') });
  });

  fastify.post('/api/programmes/:id/boards/:boardId/versions/:versionId/restore', async (request, reply) => {
    const { id, boardId, versionId } = parseInput(VersionParams, request.params, 'parameters');
    const session = await requireSession(deps, request, { programmeId: id, permission: 'manageVersions' });
    const board = await boardOf(id, boardId);
    const version = (await deps.docs.listVersions(board.docId)).find((v) => v.id === versionId);
    const state = await deps.docs.loadVersion(board.docId, versionId);
    if (!version || !state) throw new AppError('notFound', 'version not found');
    // Keep what is there now, so that this restore can be undone by restoring it.
    const before = await save(board.docId, `Before restoring “${version.name}”`, session);
    await deps.rooms.change(board.docId, (doc) => {
      const update = restoreUpdate(doc, state, SERVER_OWNED);
      if (update) Y.applyUpdate(doc, update);
    });
    return send(reply, 200, z.object({ restored: VersionMetaSchema, before: VersionMetaSchema }), {
      restored: version,
      before,
    });
  });
};
