import { templateDocs } from '@mentoring/shared/doc/registry';
import { BoardGrantListSchema, ProgrammeTableSchema } from '@mentoring/shared/network/api';
import { BoardSchema } from '@mentoring/shared/schema/board';
import { BoardIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { programmeTable } from '../networks/programme-table.js';
import { type ApiDeps, nowIso, requireSession } from './api-kit.js';
import { NetworkParams, requireNetwork } from './network-kit.js';
import { BoardParams, ProgrammeParams } from './route-schemas.js';

const coordinator = ['network-coordinator'] as const;
const GrantedBoardParams = NetworkParams.extend({ programmeId: ProgrammeIdSchema, boardId: BoardIdSchema });
const GrantedBoardSchema = z.object({ board: BoardSchema, content: z.record(z.string(), z.unknown()) });
const hasTemplate = (kind: string): kind is keyof typeof templateDocs => Object.hasOwn(templateDocs, kind);

/**
 * The coordinator's view and its confidentiality rule. The coordinator gets status figures of every
 * programme of the network, and the content of a board only while that programme's facilitator
 * grants it; the grant is read on every request, so taking it back holds from the next one. A
 * coordinator holds a network token only, which no programme route, WebSocket or socket.io accepts.
 */
export const networkTableRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const table = { schema: { params: NetworkParams, response: { 200: ProgrammeTableSchema } } };
  fastify.get('/api/networks/:networkId/programmes', table, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId, coordinator);
    const today = nowIso().slice(0, 10);
    const programmes = await programmeTable({ ...deps, log: request.log }, network.id, today);
    return reply.status(200).send({ programmes });
  });

  const granted = { schema: { params: GrantedBoardParams, response: { 200: GrantedBoardSchema } } };
  fastify.get(
    '/api/networks/:networkId/programmes/:programmeId/boards/:boardId',
    granted,
    async (request, reply) => {
      const { networkId, programmeId, boardId } = request.params;
      const { network } = await requireNetwork(deps, request, networkId, coordinator);
      const grant = await deps.networks.get('grant', network.id, boardId);
      // One refusal for "no grant", "another programme's board" and "no such board": nothing to probe.
      const refused = () =>
        new AppError('forbidden', 'the facilitator has not shared this board with the network');
      if (!grant || grant.programmeId !== programmeId) throw refused();
      const programme = await deps.programmes.getProgramme(programmeId);
      if (!programme || programme.deletingAt || programme.networkId !== network.id) throw refused();
      const board = (await deps.programmes.listBoards(programmeId)).find((b) => b.id === boardId);
      if (!board) throw refused();
      const { kind } = board;
      if (!hasTemplate(kind))
        throw new AppError('conflict', 'this kind of board cannot be shared with the network');
      const content = await deps.rooms.read(board.docId, (doc) => templateDocs[kind].read(doc));
      return reply.status(200).send({ board, content: content as Record<string, unknown> });
    },
  );

  /** The programme's network, for its facilitator; 409 when the programme is on its own. */
  const networkOf = async (request: Parameters<typeof requireSession>[1], id: string) => {
    const session = await requireSession(deps, request, { programmeId: id, permission: 'facilitate' });
    const networkId = session.programme.networkId;
    if (!networkId) throw new AppError('conflict', 'this programme does not belong to a network');
    return { session, networkId };
  };

  const list = { schema: { params: ProgrammeParams, response: { 200: BoardGrantListSchema } } };
  fastify.get('/api/programmes/:id/network-grants', list, async (request, reply) => {
    const { networkId, session } = await networkOf(request, request.params.id);
    const grants = await deps.networks.list('grant', networkId);
    return reply.status(200).send({ grants: grants.filter((g) => g.programmeId === session.programme.id) });
  });

  fastify.put(
    '/api/programmes/:id/network-grants/:boardId',
    { schema: { params: BoardParams } },
    async (request, reply) => {
      const { id, boardId } = request.params;
      const { networkId, session } = await networkOf(request, id);
      const board = (await deps.programmes.listBoards(session.programme.id)).find((b) => b.id === boardId);
      if (!board) throw new AppError('notFound', 'board not found');
      const grant = { id: board.id, networkId, programmeId: session.programme.id, grantedAt: nowIso() };
      if (!(await deps.networks.put('grant', grant))) throw new AppError('notFound', 'network not found');
      request.log.info({ programmeId: id, boardId, networkId }, 'board shared with the network');
      return reply.status(204).send();
    },
  );

  fastify.delete(
    '/api/programmes/:id/network-grants/:boardId',
    { schema: { params: BoardParams } },
    async (request, reply) => {
      const { id, boardId } = request.params;
      const { networkId, session } = await networkOf(request, id);
      const grant = await deps.networks.get('grant', networkId, boardId);
      if (!grant || grant.programmeId !== session.programme.id)
        throw new AppError('notFound', 'no such grant');
      await deps.networks.remove('grant', networkId, boardId);
      request.log.info({ programmeId: id, boardId, networkId }, 'board no longer shared with the network');
      return reply.status(204).send();
    },
  );
};
