import { SESSION_ROOTS } from '@mentoring/shared/doc/session';
import type { ProgrammeId } from '@mentoring/shared/schema/ids';
import {
  CreateVersionRequestSchema,
  type VersionMeta,
  VersionMetaSchema,
} from '@mentoring/shared/schema/version';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Session } from '../auth/access.js';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { DOC_FORMAT_ROOT, upgradeDocState } from '../format/doc-format.js';
import { restoreUpdate } from '../versions/restore.js';
import { API_BODY_LIMIT, type ApiDeps, nowIso, requireSession } from './api-kit.js';
import { BoardParams, VersionParams } from './route-schemas.js';

const VersionList = z.object({ versions: z.array(VersionMetaSchema) });
const VersionResponse = z.object({ version: VersionMetaSchema });
const VersionState = z.object({ version: VersionMetaSchema, state: z.string() });
const Restored = z.object({ restored: VersionMetaSchema, before: VersionMetaSchema });
// Kept by a restore: the workshop state, and the format stamp (the version is migrated before).
const SERVER_OWNED = new Set<string>([...SESSION_ROOTS, DOC_FORMAT_ROOT]);

/**
 * Named versions of a board: list, make, open (its encoded state, for a read-only view or a
 * comparison in the client), and restore as a new change everyone sees live.
 */
export const versionRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const boardOf = async (programmeId: ProgrammeId, boardId: string) => {
    const board = (await deps.programmes.listBoards(programmeId)).find((b) => b.id === boardId);
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

  const list = { schema: { params: BoardParams, response: { 200: VersionList } } };
  fastify.get('/api/programmes/:id/boards/:boardId/versions', list, async (request, reply) => {
    const { id, boardId } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const board = await boardOf(id, boardId);
    return reply.status(200).send({ versions: await deps.docs.listVersions(board.docId) });
  });

  fastify.post(
    '/api/programmes/:id/boards/:boardId/versions',
    {
      bodyLimit: API_BODY_LIMIT,
      schema: { params: BoardParams, body: CreateVersionRequestSchema, response: { 201: VersionResponse } },
    },
    async (request, reply) => {
      const { id, boardId } = request.params;
      const session = await requireSession(deps, request, { programmeId: id, permission: 'manageVersions' });
      const board = await boardOf(id, boardId);
      return reply.status(201).send({ version: await save(board.docId, request.body.name, session) });
    },
  );

  const open = { schema: { params: VersionParams, response: { 200: VersionState } } };
  fastify.get('/api/programmes/:id/boards/:boardId/versions/:versionId', open, async (request, reply) => {
    const { id, boardId, versionId } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const board = await boardOf(id, boardId);
    const version = (await deps.docs.listVersions(board.docId)).find((v) => v.id === versionId);
    const stored = await deps.docs.loadVersion(board.docId, versionId);
    if (!version || !stored) throw new AppError('notFound', 'version not found');
    // A version kept before a format change is shown in today's format, as the board is.
    const state = upgradeDocState(stored, `version ${versionId}`);
    return reply.status(200).send({ version, state: Buffer.from(state).toString('base64') });
  });

  const restore = { schema: { params: VersionParams, response: { 200: Restored } } };
  fastify.post(
    '/api/programmes/:id/boards/:boardId/versions/:versionId/restore',
    restore,
    async (request, reply) => {
      const { id, boardId, versionId } = request.params;
      const session = await requireSession(deps, request, { programmeId: id, permission: 'manageVersions' });
      const board = await boardOf(id, boardId);
      const version = (await deps.docs.listVersions(board.docId)).find((v) => v.id === versionId);
      const stored = await deps.docs.loadVersion(board.docId, versionId);
      if (!version || !stored) throw new AppError('notFound', 'version not found');
      const state = upgradeDocState(stored, `version ${versionId}`);
      // Keep what is there now, so that this restore can be undone by restoring it.
      const before = await save(board.docId, `Before restoring “${version.name}”`, session);
      await deps.rooms.change(board.docId, (doc) => {
        const update = restoreUpdate(doc, state, SERVER_OWNED);
        if (update) Y.applyUpdate(doc, update);
      });
      deps.journey.touch(id);
      return reply.status(200).send({ restored: version, before });
    },
  );
};
