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
import { InviteIdSchema, MemberIdSchema } from '@mentoring/shared/schema/ids';
import { INVITE_HOURS, type Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newId } from '../auth/ids.js';
import { expiryClaim } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { API_BODY_LIMIT, type ApiDeps, linkBase, nowIso, requireSession } from './api-kit.js';
import { InviteParams, ProgrammeParams } from './route-schemas.js';

/**
 * Invites (facilitator only): create, list, revoke; and `POST /api/join`, which trades an invite
 * token for a personal session token. Revoking an invite ends every session made from it.
 */
export const inviteRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const create = {
    bodyLimit: API_BODY_LIMIT,
    schema: {
      params: ProgrammeParams,
      body: CreateInviteRequestSchema,
      response: { 201: CreateInviteResponseSchema },
    },
  };
  fastify.post('/api/programmes/:id/invites', create, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    const { body } = request;
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
    return reply.status(201).send({
      inviteId: invite.id,
      token,
      link: buildLink(linkBase(deps, request), LinkPaths.join, token),
      invite,
    });
  });

  const list = { schema: { params: ProgrammeParams, response: { 200: InviteListResponseSchema } } };
  fastify.get('/api/programmes/:id/invites', list, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    return reply.status(200).send({ invites: await deps.programmes.listInvites(id) });
  });

  const revoke = { schema: { params: InviteParams, response: { 200: InviteResponseSchema } } };
  fastify.delete('/api/programmes/:id/invites/:inviteId', revoke, async (request, reply) => {
    const { id, inviteId } = request.params;
    const session = await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    if (session.invite.id === inviteId) {
      throw new AppError('conflict', 'this is the invite of your own session; revoke it from another one');
    }
    const invite = await deps.programmes.revokeInvite(id, inviteId, nowIso());
    if (!invite) throw new AppError('notFound', 'invite not found');
    // Other nodes notice on their next check; here the connections close at once.
    deps.watcher.endInvites([invite.id]);
    request.log.info({ programmeId: id, inviteId }, 'invite revoked');
    return reply.status(200).send({ invite });
  });

  const join = {
    bodyLimit: API_BODY_LIMIT,
    schema: { body: JoinRequestSchema, response: { 201: JoinResponseSchema } },
  };
  fastify.post('/api/join', join, async (request, reply) => {
    const { body } = request;
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
    return reply.status(201).send({ token, programme, member });
  });
};
