import {
  buildLink,
  CreateInviteRequestSchema,
  CreateInviteResponseSchema,
  InviteListResponseSchema,
  InviteResponseSchema,
  JoinRequestSchema,
  JoinResponseSchema,
  LinkPaths,
  TokenSchema,
} from '@mentoring/shared/schema/api';
import { InviteIdSchema } from '@mentoring/shared/schema/ids';
import { INVITE_HOURS, type Invite } from '@mentoring/shared/schema/invite';
import { InviteCheckResponseSchema, InviteLinkResponseSchema } from '@mentoring/shared/schema/join-code';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { API_BODY_LIMIT, type ApiDeps, linkBase, nowIso, requireSession } from './api-kit.js';
import { inviteToken, joinWithInvite } from './invite-token.js';
import { InviteParams, ProgrammeParams } from './route-schemas.js';

/**
 * Invites (facilitator only): create, list, revoke, get the link again; `POST /api/join`, which
 * trades an invite token for a personal session token, and `POST /api/join/check`, which says
 * whether a token can still join. Revoking an invite ends every session made from it.
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
    const token = inviteToken(deps.signer, invite);
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

  // Any facilitator device of this programme gets an invite's link back (see invite-token.ts).
  const link = { schema: { params: InviteParams, response: { 200: InviteLinkResponseSchema } } };
  fastify.get('/api/programmes/:id/invites/:inviteId/link', link, async (request, reply) => {
    const { id, inviteId } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    const invite = (await deps.programmes.listInvites(id)).find((candidate) => candidate.id === inviteId);
    if (!invite) throw new AppError('notFound', 'invite not found');
    if (invite.revokedAt || Date.parse(invite.expiresAt) <= Date.now()) {
      throw new AppError('conflict', 'this invite is revoked or expired; create a new one');
    }
    void reply.header('cache-control', 'no-store');
    const token = inviteToken(deps.signer, invite);
    return reply.status(200).send({ link: buildLink(linkBase(deps, request), LinkPaths.join, token) });
  });

  const join = {
    bodyLimit: API_BODY_LIMIT,
    schema: { body: JoinRequestSchema, response: { 201: JoinResponseSchema } },
  };
  fastify.post('/api/join', join, async (request, reply) => {
    const { token, ...body } = request.body;
    return reply.status(201).send(await joinWithInvite(deps, request, token, body));
  });

  // The join page asks before it shows its form, so a dead link is told at once.
  const check = {
    bodyLimit: API_BODY_LIMIT,
    schema: { body: z.object({ token: TokenSchema }), response: { 200: InviteCheckResponseSchema } },
  };
  fastify.post('/api/join/check', check, async (request, reply) => {
    const { programme, invite } = await deps.access.invite(request.body.token);
    return reply.status(200).send({ programmeTitle: programme.title, role: invite.role });
  });
};
