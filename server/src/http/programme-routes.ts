import {
  buildLink,
  CreateProgrammeRequestSchema,
  CreateProgrammeResponseSchema,
  LinkPaths,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import { InviteIdSchema, MemberIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme } from '@mentoring/shared/schema/programme';
import { permissionsOf } from '@mentoring/shared/schema/roles';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { newId } from '../auth/ids.js';
import { expiryClaim } from '../auth/tokens.js';
import {
  API_BODY_LIMIT,
  type ApiDeps,
  linkBase,
  nowIso,
  parseInput,
  requireSession,
  send,
} from './api-kit.js';

/** How long the creator's facilitator session lasts (it can be ended by revoking its invite). */
const CREATOR_SESSION_MS = 366 * 24 * 3600 * 1000;

export const ProgrammeParamsSchema = z.object({ id: ProgrammeIdSchema });

/**
 * `POST /api/programmes` (no token: whoever creates a programme becomes its facilitator),
 * `GET /api/programmes/:id` (members) and `GET /api/session` (who am I).
 */
export const programmeRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  fastify.post('/api/programmes', { bodyLimit: API_BODY_LIMIT }, async (request, reply) => {
    const { facilitatorName, ...draft } = parseInput(CreateProgrammeRequestSchema, request.body, 'body');
    const createdAt = nowIso();
    const programme: Programme = { id: ProgrammeIdSchema.parse(newId()), ...draft, createdAt };
    // The creator joins through an invite of their own, so that their access is revocable like anyone's.
    const invite: Invite = {
      id: InviteIdSchema.parse(newId()),
      programmeId: programme.id,
      role: 'facilitator',
      label: 'creator',
      createdAt,
      expiresAt: new Date(Date.parse(createdAt) + CREATOR_SESSION_MS).toISOString(),
      revokedAt: null,
    };
    const member: Member = {
      id: MemberIdSchema.parse(newId()),
      programmeId: programme.id,
      role: 'facilitator',
      displayName: facilitatorName ?? 'Facilitator',
      inviteId: invite.id,
      joinedAt: createdAt,
    };
    await deps.programmes.createProgramme(programme);
    await deps.programmes.addInvite(invite);
    await deps.programmes.addMember(member);
    const token = deps.signer.sign({
      v: 1,
      p: programme.id,
      r: 'facilitator',
      i: invite.id,
      m: member.id,
      e: expiryClaim(invite.expiresAt),
    });
    request.log.info({ programmeId: programme.id }, 'programme created');
    return send(reply, 201, CreateProgrammeResponseSchema, {
      programme,
      facilitatorToken: token,
      facilitatorLink: buildLink(linkBase(deps, request), LinkPaths.programme(programme.id), token),
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
