import { RecordApprovalRequestSchema, VersionMetaSchema } from '@mentoring/shared/schema/version';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApprovals } from '../approvals/approvals.js';
import { API_BODY_LIMIT, type ApiDeps, requireSession } from './api-kit.js';
import { VersionParams } from './route-schemas.js';

const Recorded = z.object({
  version: VersionMetaSchema,
  monitoringBoardId: z.string(),
  added: z.number().int().nonnegative(),
});
const Withdrawn = z.object({ version: VersionMetaSchema });

const PATH = '/api/programmes/:id/boards/:boardId/versions/:versionId/approval';

/**
 * The formal approval of an action plan's version: `POST` records it (and starts the monitoring of
 * the approved actions), `DELETE` withdraws it. Allowed to the roles that keep and restore versions
 * (`manageVersions`: the facilitator and the mentee city, which owns its plan); never observers.
 */
export const approvalRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const approvals = createApprovals(deps);

  fastify.post(
    PATH,
    {
      bodyLimit: API_BODY_LIMIT,
      schema: { params: VersionParams, body: RecordApprovalRequestSchema, response: { 200: Recorded } },
    },
    async (request, reply) => {
      const { id, boardId, versionId } = request.params;
      const session = await requireSession(deps, request, { programmeId: id, permission: 'manageVersions' });
      const recorded = await approvals.record(session, boardId, versionId, request.body);
      deps.journey.touch(id);
      return reply.status(200).send(recorded);
    },
  );

  fastify.delete(
    PATH,
    { schema: { params: VersionParams, response: { 200: Withdrawn } } },
    async (request, reply) => {
      const { id, boardId, versionId } = request.params;
      const session = await requireSession(deps, request, { programmeId: id, permission: 'manageVersions' });
      const version = await approvals.withdraw(session, boardId, versionId);
      deps.journey.touch(id);
      return reply.status(200).send({ version });
    },
  );
};
