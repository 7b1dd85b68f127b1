import {
  CommunityListSchema,
  CommunityMatchesResponseSchema,
  CommunityRequestSchema,
  CommunityResponseSchema,
  StartCommunityRequestSchema,
  StartCommunityResponseSchema,
} from '@mentoring/shared/network/community-api';
import { rankWithinCommunity } from '@mentoring/shared/network/community-matching';
import { buildLink, LinkPaths } from '@mentoring/shared/schema/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { newCommunity } from '../networks/community-records.js';
import { startCommunity } from '../networks/start-community.js';
import { API_BODY_LIMIT, type ApiDeps, linkBase, nowIso, requireSession } from './api-kit.js';
import { NetworkParams, NetworkRecordParams, requireNetwork } from './network-kit.js';
import { ProgrammeParams } from './route-schemas.js';

/** Communities of one network: a few dozen at most; the bound keeps a network's records small. */
const MAX_COMMUNITIES = 200;
const body = { bodyLimit: API_BODY_LIMIT };

/**
 * Communities of practice (issue 15, the multilateral adaptation): plan one with its topic and its
 * member cities, list them, and start one, which makes its programme-like space. Both network roles
 * may use them. Like the mentor pool, nothing here reads a programme's boards.
 */
export const communityRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const list = { schema: { params: NetworkParams, response: { 200: CommunityListSchema } } };
  fastify.get('/api/networks/:networkId/communities', list, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    return reply.status(200).send({ communities: await deps.networks.list('community', network.id) });
  });

  const create = {
    ...body,
    schema: {
      params: NetworkParams,
      body: CommunityRequestSchema,
      response: { 201: CommunityResponseSchema },
    },
  };
  fastify.post('/api/networks/:networkId/communities', create, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    if ((await deps.networks.list('community', network.id)).length >= MAX_COMMUNITIES)
      throw new AppError('tooLarge', `a network holds at most ${MAX_COMMUNITIES} communities`);
    const community = newCommunity(network.id, request.body.community, nowIso());
    if (!(await deps.networks.put('community', community)))
      throw new AppError('notFound', 'network not found');
    request.log.info({ networkId: network.id, communityId: community.id }, 'community planned');
    return reply.status(201).send({ community });
  });

  const one = { schema: { params: NetworkRecordParams, response: { 200: CommunityResponseSchema } } };
  fastify.get('/api/networks/:networkId/communities/:recordId', one, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    const community = await deps.networks.get('community', network.id, request.params.recordId);
    if (!community) throw new AppError('notFound', 'community not found');
    return reply.status(200).send({ community });
  });

  const start = {
    ...body,
    schema: {
      params: NetworkRecordParams,
      body: StartCommunityRequestSchema,
      response: { 201: StartCommunityResponseSchema },
    },
  };
  fastify.post('/api/networks/:networkId/communities/:recordId/start', start, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    const community = await deps.networks.get('community', network.id, request.params.recordId);
    if (!community) throw new AppError('notFound', 'community not found');
    const made = await startCommunity(deps, {
      network,
      community,
      facilitatorName: request.body.facilitatorName,
      now: nowIso(),
    });
    // Its figures for the coordinator's table are computed with its journey, once its boards are written.
    deps.journey.touch(made.programme.id);
    request.log.info({ networkId: network.id, programmeId: made.programme.id }, 'community started');
    return reply.status(201).send({
      community: made.community,
      programme: made.programme,
      facilitatorLink: buildLink(
        linkBase(deps, request),
        LinkPaths.programme(made.programme.id),
        made.facilitatorToken,
      ),
    });
  });

  const matches = { schema: { params: ProgrammeParams, response: { 200: CommunityMatchesResponseSchema } } };
  fastify.get('/api/programmes/:id/community-matches', matches, async (request, reply) => {
    const { id } = request.params;
    // Members of this programme only, like its boards: a token of another programme is refused
    // before anything of the network is read, and a network role's token is no programme session.
    const session = await requireSession(deps, request, { programmeId: id, permission: 'read' });
    const networkId = session.programme.networkId;
    const network = networkId ? await deps.networks.getNetwork(networkId) : null;
    const community = network
      ? (await deps.networks.list('community', network.id)).find((c) => c.programmeId === id)
      : undefined;
    if (!network || network.deletingAt || !community)
      throw new AppError('notFound', 'this programme is not a community of practice');
    const [profiles, drafts] = await Promise.all([
      deps.networks.list('profile', network.id),
      deps.networks.list('draft', network.id),
    ]);
    return reply.status(200).send({
      community: { title: community.title, topic: community.topic },
      cities: rankWithinCommunity(community, profiles, drafts),
    });
  });
};
