import {
  buildLink,
  CreateInviteRequestSchema,
  CreateInviteResponseSchema,
  InviteListResponseSchema,
  InviteResponseSchema,
  JoinRequestSchema,
  JoinResponseSchema,
  LinkPaths,
} from '@mentoring/shared/schema/api';
import { InviteIdSchema, MemberIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import { INVITE_HOURS, type Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { newId } from '../auth/ids.js';
import { expiryClaim } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import {
  API_BODY_LIMIT,
  type ApiDeps,
  linkBase,
  nowIso,
  parseInput,
  requireSession,
  send,
} from './api-kit.js';

const ProgrammeParams = z.object({ id: ProgrammeIdSchema });
const InviteParams = z.object({ id: ProgrammeIdSchema, inviteId: InviteIdSchema });

/**
 * Invites (facilitator only): create, list, revoke; and `POST /api/join`, which trades an invite
 * token for a personal session token. Revoking an invite ends every session made from it.
 */
export const inviteRoutes: FastifyPluginAsync<ApiDeps> = async (fastify, deps) => {
  fastify.post('/api/programmes/:id/invites', { bodyLimit: API_BODY_LIMIT }, async (request, reply) => {
    const { id } = parseInput(ProgrammeParams, request.params, 'parameters');
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    const body = parseInput(CreateInviteRequestSchema, request.body, 'body');
    const createdAt = nowIso();
    const hours = body.expiresInHours ?? INVITE_HOURS.default;
    const invite: Invite = {
      id: InviteIdSchema.parse(newId()),
      programmeId: id,
      role: body.role,
      ...(body.label ? { label: body.label } : {}),
      createdAt,
      expiresAt: new Date(Date.parse(createdAt) + hours * 3600_000).toISOString(),
      revokedAt: null,
    };
    if (!(await deps.programmes.addInvite(invite))) throw new AppError('notFound', 'programme not found');
    const token = deps.signer.sign({
      v: 1,
      p: id,
      r: invite.role,
      i: invite.id,
      e: expiryClaim(invite.expiresAt),
    });
    request.log.info({ programmeId: id, inviteId: invite.id, role: invite.role }, 'invite created');
    return send(reply, 201, CreateInviteResponseSchema, {
      inviteId: invite.id,
      token,
      link: buildLink(linkBase(deps, request), LinkPaths.join, token),
      invite,
    });
  });

  fastify.get('/api/programmes/:id/invites', async (request, reply) => {
    const { id } = parseInput(ProgrammeParams, request.params, 'parameters');
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    return send(reply, 200, InviteListResponseSchema, { invites: await deps.programmes.listInvites(id) });
  });

  fastify.delete('/api/programmes/:id/invites/:inviteId', async (request, reply) => {
    const { id, inviteId } = parseInput(InviteParams, request.params, 'parameters');
    const session = await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    if (session.invite.id === inviteId) {
      throw new AppError('conflict', 'this is the invite of your own session; revoke it from another one');
    }
    const invite = await deps.programmes.revokeInvite(id, inviteId, nowIso());
    if (!invite) throw new AppError('notFound', 'invite not found');
    // Other nodes notice on their next check; here the connections close at once.
    deps.watcher.endInvites([invite.id]);
    request.log.info({ programmeId: id, inviteId }, 'invite revoked');
    return send(reply, 200, InviteResponseSchema, { invite });
  });

  fastify.post('/api/join', { bodyLimit: API_BODY_LIMIT }, async (request, reply) => {
    const body = parseInput(JoinRequestSchema, request.body, 'body');
    const { programme, invite, expiresAtMs } = await deps.access.invite(body.token);
    const member: Member = {
      id: MemberIdSchema.parse(newId()),
      programmeId: programme.id,
      role: invite.role,
      displayName: body.displayName,
      ...(body.organisation ? { organisation: body.organisation } : {}),
      inviteId: invite.id,
      joinedAt: nowIso(),
    };
    if (!(await deps.programmes.addMember(member))) throw new AppError('unauthorized', 'token revoked');
    const token = deps.signer.sign({
      v: 1,
      p: programme.id,
      r: member.role,
      i: invite.id,
      m: member.id,
      e: expiryClaim(expiresAtMs),
    });
    request.log.info({ programmeId: programme.id, memberId: member.id, role: member.role }, 'member joined');
    return send(reply, 201, JoinResponseSchema, { token, programme, member });
  });
};
