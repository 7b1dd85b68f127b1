import { journeyDocId } from '@mentoring/shared/journey/settings';
import { CloseCode } from '@mentoring/shared/protocol/close-codes';
import { ProgrammeExportSchema } from '@mentoring/shared/schema/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { docContent } from '../programmes/doc-json.js';
import { type ApiDeps, nowIso, requireSession } from './api-kit.js';
import { ProgrammeParams } from './route-schemas.js';

/** Margin on top of the other nodes' check interval before erasing (their store round trip). */
const ERASE_MARGIN_MS = 500;

/**
 * GDPR, facilitator only: `GET /api/programmes/:id/export` returns everything stored about the
 * programme, board content included; `DELETE /api/programmes/:id` erases every trace of it.
 */
export const gdprRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const exportAll = { schema: { params: ProgrammeParams, response: { 200: ProgrammeExportSchema } } };
  fastify.get('/api/programmes/:id/export', exportAll, async (request, reply) => {
    const { id } = request.params;
    const session = await requireSession(deps, request, { programmeId: id, permission: 'export' });
    const [boards, members, invites] = await Promise.all([
      deps.programmes.listBoards(id),
      deps.programmes.listMembers(id),
      deps.programmes.listInvites(id),
    ]);
    const exported = [];
    for (const board of boards) exported.push({ ...board, ...docContent(await deps.docs.load(board.docId)) });
    void reply.header('content-disposition', `attachment; filename="programme-${id}.json"`);
    return reply.status(200).send({
      format: 'mentoring-board-export',
      version: 1,
      exportedAt: nowIso(),
      programme: session.programme,
      boards: exported,
      members,
      invites,
    });
  });

  // Order matters. First every token of the programme stops working (deletingAt), on every node;
  // local connections close now and other nodes' within one check interval, which we wait out so
  // that no room anywhere writes a document again after it is erased. Then the documents go, and
  // the records last: if erasure fails half-way, the facilitator's token still works for a retry.
  fastify.delete('/api/programmes/:id', { schema: { params: ProgrammeParams } }, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, {
      programmeId: id,
      permission: 'deleteProgramme',
      allowDeleting: true,
    });
    await deps.programmes.markDeleting(id, nowIso());
    deps.watcher.endProgramme(id);
    const boards = await deps.programmes.listBoards(id);
    for (const board of boards) await deps.rooms.evict(board.docId, CloseCode.forbidden);
    await new Promise((resolve) => setTimeout(resolve, deps.accessCheckMs + ERASE_MARGIN_MS));
    for (const board of boards) {
      await deps.rooms.evict(board.docId, CloseCode.forbidden);
      await deps.docs.delete(board.docId);
    }
    // The journey settings are the programme's own document (server/src/journey).
    await deps.rooms.evict(journeyDocId(id), CloseCode.forbidden);
    await deps.docs.delete(journeyDocId(id));
    await deps.programmes.deleteProgramme(id);
    request.log.info({ programmeId: id, boards: boards.length }, 'programme erased');
    return reply.status(204).send();
  });
};
