import {
  buildLink,
  CreateProgrammeRequestSchema,
  CreateProgrammeResponseSchema,
  LinkPaths,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import { ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import { permissionsOf } from '@mentoring/shared/schema/roles';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { createProgramme } from '../programmes/create-programme.js';
import {
  API_BODY_LIMIT,
  type ApiDeps,
  linkBase,
  nowIso,
  parseInput,
  requireSession,
  send,
} from './api-kit.js';

export const ProgrammeParamsSchema = z.object({ id: ProgrammeIdSchema });

/**
 * `POST /api/programmes` (no token: whoever creates a programme becomes its facilitator),
 * `GET /api/programmes/:id` (members) and `GET /api/session` (who am I).
 */
export const programmeRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  fastify.post('/api/programmes', { bodyLimit: API_BODY_LIMIT }, async (request, reply) => {
    const { facilitatorName, ...draft } = parseInput(CreateProgrammeRequestSchema, request.body, 'body');
    const { programme, facilitatorToken } = await createProgramme(deps, draft, facilitatorName, nowIso());
    request.log.info({ programmeId: programme.id }, 'programme created');
    return send(reply, 201, CreateProgrammeResponseSchema, {
      programme,
      facilitatorToken,
      facilitatorLink: buildLink(
        linkBase(deps, request),
        LinkPaths.programme(programme.id),
        facilitatorToken,
      ),
    });
  });

  fastify.get('/api/programmes/:id', async (request, reply) => {
    const { id } = parseInput(ProgrammeParamsSchema, request.params, 'parameters');
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const [boards, members] = await Promise.all([
      deps.programmes.listBoards(session.programme.id),
      deps.programmes.listMembers(session.programme.id),
    ]);
    return send(reply, 200, ProgrammeDetailsResponseSchema, {
      programme: session.programme,
      boards,
      members,
    });
  });

  fastify.get('/api/session', async (request, reply) => {
    const session = await requireSession(deps, request);
    return send(reply, 200, SessionResponseSchema, {
      programme: session.programme,
      role: session.role,
      member: session.member,
      permissions: permissionsOf(session.role),
      expiresAt: new Date(session.expiresAtMs).toISOString(),
    });
  });
};
