import {
  CreateNetworkInviteRequestSchema,
  CreateNetworkRequestSchema,
  CreateNetworkResponseSchema,
  NetworkBackupSchema,
  NetworkInviteListSchema,
  NetworkInviteResponseSchema,
  NetworkSessionResponseSchema,
} from '@mentoring/shared/network/api';
import { type Network, type NetworkInvite, NetworkInviteIdSchema } from '@mentoring/shared/network/network';
import { NetworkIdSchema } from '@mentoring/shared/schema/ids';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { API_BODY_LIMIT, type ApiDeps, nowIso } from './api-kit.js';
import { communityRoutes } from './community-routes.js';
import {
  NETWORK_LINK_MS,
  NetworkInviteParams,
  NetworkParams,
  networkLink,
  requireNetwork,
} from './network-kit.js';
import { networkPoolRoutes } from './network-pool-routes.js';
import { networkTableRoutes } from './network-table-routes.js';

const coordinator = ['network-coordinator'] as const;

function newInvite(network: Network, role: NetworkInvite['role'], label: string, now: string): NetworkInvite {
  return {
    id: NetworkInviteIdSchema.parse(newId()),
    networkId: network.id,
    role,
    label,
    createdAt: now,
    expiresAt: new Date(Date.parse(now) + NETWORK_LINK_MS).toISOString(),
    revokedAt: null,
  };
}

/**
 * Networks of municipalities (issue 15): create one without an account, links for its two roles,
 * its backup and its erasure. Profiles, drafts and matching are in network-pool-routes.ts; the
 * coordinator's table and the facilitators' grants in network-table-routes.ts.
 */
export const networkRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const create = {
    bodyLimit: API_BODY_LIMIT,
    schema: { body: CreateNetworkRequestSchema, response: { 201: CreateNetworkResponseSchema } },
  };
  fastify.post('/api/networks', create, async (request, reply) => {
    const now = nowIso();
    const network: Network = { id: NetworkIdSchema.parse(newId()), ...request.body, createdAt: now };
    await deps.networks.createNetwork(network);
    // The creator's link is an invite of its own, revocable like any other.
    const invite = newInvite(network, 'network-coordinator', 'creator', now);
    await deps.networks.put('invite', invite);
    request.log.info({ networkId: network.id }, 'network created');
    return reply.status(201).send({ network, role: invite.role, ...networkLink(deps, request, invite) });
  });

  const get = { schema: { params: NetworkParams, response: { 200: NetworkSessionResponseSchema } } };
  fastify.get('/api/networks/:networkId', get, async (request, reply) => {
    const session = await requireNetwork(deps, request, request.params.networkId);
    return reply.status(200).send({ network: session.network, role: session.role });
  });

  const invite = {
    bodyLimit: API_BODY_LIMIT,
    schema: {
      params: NetworkParams,
      body: CreateNetworkInviteRequestSchema,
      response: { 201: NetworkInviteResponseSchema },
    },
  };
  fastify.post('/api/networks/:networkId/invites', invite, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId, coordinator);
    const made = newInvite(network, request.body.role, request.body.label, nowIso());
    if (!(await deps.networks.put('invite', made))) throw new AppError('notFound', 'network not found');
    return reply.status(201).send({ invite: made, ...networkLink(deps, request, made) });
  });

  const list = { schema: { params: NetworkParams, response: { 200: NetworkInviteListSchema } } };
  fastify.get('/api/networks/:networkId/invites', list, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId, coordinator);
    return reply.status(200).send({ invites: await deps.networks.list('invite', network.id) });
  });

  fastify.delete(
    '/api/networks/:networkId/invites/:inviteId',
    { schema: { params: NetworkInviteParams } },
    async (request, reply) => {
      const { networkId, inviteId } = request.params;
      const session = await requireNetwork(deps, request, networkId, coordinator);
      if (session.invite.id === inviteId)
        throw new AppError('conflict', 'this is the link of your own session');
      const found = await deps.networks.get('invite', session.network.id, inviteId);
      if (!found) throw new AppError('notFound', 'invite not found');
      // Every network request reads the invite, so the link stops working from the next call on.
      await deps.networks.put('invite', { ...found, revokedAt: found.revokedAt ?? nowIso() });
      return reply.status(204).send();
    },
  );

  // The network's own records; never a programme's boards (each programme has its own backup).
  const backup = { schema: { params: NetworkParams, response: { 200: NetworkBackupSchema } } };
  fastify.get('/api/networks/:networkId/backup', backup, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId, coordinator);
    const [profiles, drafts, invites, programmes, communities] = await Promise.all([
      deps.networks.list('profile', network.id),
      deps.networks.list('draft', network.id),
      deps.networks.list('invite', network.id),
      deps.networks.list('programme', network.id),
      deps.networks.list('community', network.id),
    ]);
    void reply.header('content-disposition', `attachment; filename="network-${network.id}.json"`);
    return reply.status(200).send({
      format: 'mentoring-network-backup',
      version: 1,
      exportedAt: nowIso(),
      network,
      profiles,
      drafts,
      invites,
      programmes: programmes.map(({ id, addedAt }) => ({ id, addedAt })),
      communities,
    });
  });

  /**
   * Recreates a network from its backup as a NEW network (new id, a new coordinator link): its
   * profiles, open drafts and communities not yet started. Old links are not carried over (they belong to the old network), nor
   * programme links (a programme joins a network only through its own records).
   */
  const restore = {
    bodyLimit: 8 * 1024 * 1024,
    config: { rateLimit: { max: deps.importLimits.perHour, timeWindow: 3_600_000 } },
    schema: { body: NetworkBackupSchema, response: { 201: CreateNetworkResponseSchema } },
  };
  fastify.post('/api/networks/import', restore, async (request, reply) => {
    const now = nowIso();
    const { name, language } = request.body.network;
    const network: Network = { id: NetworkIdSchema.parse(newId()), name, language, createdAt: now };
    await deps.networks.createNetwork(network);
    for (const profile of request.body.profiles)
      await deps.networks.put('profile', { ...profile, networkId: network.id });
    for (const draft of request.body.drafts) {
      if (draft.programmeId) continue;
      await deps.networks.put('draft', { ...draft, networkId: network.id });
    }
    // A started community is its programme's now, and programme links are not carried over.
    for (const community of request.body.communities) {
      if (community.programmeId) continue;
      await deps.networks.put('community', { ...community, networkId: network.id });
    }
    const invite = newInvite(network, 'network-coordinator', 'creator', now);
    await deps.networks.put('invite', invite);
    request.log.info({ networkId: network.id }, 'network imported');
    return reply.status(201).send({ network, role: invite.role, ...networkLink(deps, request, invite) });
  });

  // GDPR: every token stops first (deletingAt), then the records go. Programmes stay: they belong to
  // their cities, and each has its own erasure; they simply no longer show in any network.
  fastify.delete(
    '/api/networks/:networkId',
    { schema: { params: NetworkParams } },
    async (request, reply) => {
      const { network } = await requireNetwork(deps, request, request.params.networkId, coordinator);
      await deps.networks.markDeleting(network.id, nowIso());
      await deps.networks.deleteNetwork(network.id);
      request.log.info({ networkId: network.id }, 'network erased');
      return reply.status(204).send();
    },
  );

  await fastify.register(networkPoolRoutes, deps);
  await fastify.register(networkTableRoutes, deps);
  await fastify.register(communityRoutes, deps);
};
