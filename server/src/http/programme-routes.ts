import {
  CreateProgrammeRequestSchema,
  CreateProgrammeResponseSchema,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import { can, permissionsOf } from '@mentoring/shared/schema/roles';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createProgramme } from '../programmes/create-programme.js';
import { API_BODY_LIMIT, type ApiDeps, createdProgramme, nowIso, requireSession } from './api-kit.js';
import { ProgrammeParams } from './route-schemas.js';

/**
 * `POST /api/programmes` (no token: whoever creates a programme becomes its facilitator),
 * `GET /api/programmes/:id` (members) and `GET /api/session` (who am I).
 */
export const programmeRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const create = {
    bodyLimit: API_BODY_LIMIT,
    schema: { body: CreateProgrammeRequestSchema, response: { 201: CreateProgrammeResponseSchema } },
  };
  fastify.post('/api/programmes', create, async (request, reply) => {
    const { facilitatorName, ...draft } = request.body;
    const made = await createProgramme(deps, draft, facilitatorName, nowIso());
    request.log.info({ programmeId: made.programme.id }, 'programme created');
    return reply.status(201).send(createdProgramme(deps, request, made));
  });

  const details = { schema: { params: ProgrammeParams, response: { 200: ProgrammeDetailsResponseSchema } } };
  fastify.get('/api/programmes/:id', details, async (request, reply) => {
    const { id } = request.params;
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const [boards, members] = await Promise.all([
      deps.programmes.listBoards(session.programme.id),
      deps.programmes.listMembers(session.programme.id),
    ]);
    // Boards in the trash are the facilitators' to see (and restore); others never see them.
    const visible = can(session.role, 'facilitate') ? boards : boards.filter((board) => !board.deletedAt);
    return reply.status(200).send({
      programme: session.programme,
      boards: visible,
      members,
    });
  });

  fastify.get(
    '/api/session',
    { schema: { response: { 200: SessionResponseSchema } } },
    async (request, reply) => {
      const session = await requireSession(deps, request);
      return reply.status(200).send({
        programme: session.programme,
        role: session.role,
        member: session.member,
        permissions: permissionsOf(session.role),
        expiresAt: new Date(session.expiresAtMs).toISOString(),
      });
    },
  );
};
