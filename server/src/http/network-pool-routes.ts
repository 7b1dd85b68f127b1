import {
  ChooseMentorRequestSchema,
  ChooseMentorResponseSchema,
  DraftListSchema,
  DraftRequestSchema,
  DraftResponseSchema,
  MatchListSchema,
  ProfileListSchema,
  ProfileRequestSchema,
  ProfileResponseSchema,
} from '@mentoring/shared/network/api';
import { rankCandidates } from '@mentoring/shared/network/matching';
import { type Draft, type MentorProfile, NetworkRecordIdSchema } from '@mentoring/shared/network/network';
import { buildLink, LinkPaths } from '@mentoring/shared/schema/api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { newId } from '../auth/ids.js';
import { AppError } from '../errors.js';
import { chooseMentor } from '../networks/choose-mentor.js';
import { API_BODY_LIMIT, type ApiDeps, linkBase, nowIso } from './api-kit.js';
import { NetworkParams, NetworkRecordParams, requireNetwork } from './network-kit.js';

/** Profiles and drafts of one network: a few hundred at most, each a few kilobytes. */
const MAX_RECORDS = 1000;
const body = { bodyLimit: API_BODY_LIMIT };

/**
 * The mentor pool and matching: cities' profiles, mentee cities' drafts (needs, no mentor yet), the
 * ranked candidates of a draft with their explanation, and the choice that makes the programme.
 * Both roles of the network may use them; nothing here reads any programme's boards.
 */
export const networkPoolRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const full = async (kind: 'profile' | 'draft', networkId: MentorProfile['networkId']) => {
    if ((await deps.networks.list(kind, networkId)).length >= MAX_RECORDS) {
      throw new AppError('tooLarge', `a network holds at most ${MAX_RECORDS} of these`);
    }
  };

  const listProfiles = { schema: { params: NetworkParams, response: { 200: ProfileListSchema } } };
  fastify.get('/api/networks/:networkId/profiles', listProfiles, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    return reply.status(200).send({ profiles: await deps.networks.list('profile', network.id) });
  });

  const publish = {
    ...body,
    schema: { params: NetworkParams, body: ProfileRequestSchema, response: { 201: ProfileResponseSchema } },
  };
  fastify.post('/api/networks/:networkId/profiles', publish, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    await full('profile', network.id);
    const now = nowIso();
    const profile: MentorProfile = {
      id: NetworkRecordIdSchema.parse(newId()),
      networkId: network.id,
      profile: request.body.profile,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await deps.networks.put('profile', profile))) throw new AppError('notFound', 'network not found');
    return reply.status(201).send({ profile });
  });

  const update = {
    ...body,
    schema: {
      params: NetworkRecordParams,
      body: ProfileRequestSchema,
      response: { 200: ProfileResponseSchema },
    },
  };
  fastify.put('/api/networks/:networkId/profiles/:recordId', update, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    const found = await deps.networks.get('profile', network.id, request.params.recordId);
    if (!found) throw new AppError('notFound', 'profile not found');
    const profile = { ...found, profile: request.body.profile, updatedAt: nowIso() };
    await deps.networks.put('profile', profile);
    return reply.status(200).send({ profile });
  });

  fastify.delete(
    '/api/networks/:networkId/profiles/:recordId',
    { schema: { params: NetworkRecordParams } },
    async (request, reply) => {
      const { network } = await requireNetwork(deps, request, request.params.networkId);
      if (!(await deps.networks.remove('profile', network.id, request.params.recordId))) {
        throw new AppError('notFound', 'profile not found');
      }
      return reply.status(204).send();
    },
  );

  const listDrafts = { schema: { params: NetworkParams, response: { 200: DraftListSchema } } };
  fastify.get('/api/networks/:networkId/drafts', listDrafts, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    return reply.status(200).send({ drafts: await deps.networks.list('draft', network.id) });
  });

  const open = {
    ...body,
    schema: { params: NetworkParams, body: DraftRequestSchema, response: { 201: DraftResponseSchema } },
  };
  fastify.post('/api/networks/:networkId/drafts', open, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    await full('draft', network.id);
    const draft: Draft = {
      id: NetworkRecordIdSchema.parse(newId()),
      networkId: network.id,
      ...request.body,
      createdAt: nowIso(),
      programmeId: null,
      mentorProfileId: null,
    };
    if (!(await deps.networks.put('draft', draft))) throw new AppError('notFound', 'network not found');
    return reply.status(201).send({ draft });
  });

  const draftOf = async (networkId: MentorProfile['networkId'], id: string) => {
    const draft = await deps.networks.get('draft', networkId, id);
    if (!draft) throw new AppError('notFound', 'draft not found');
    return draft;
  };

  const matches = { schema: { params: NetworkRecordParams, response: { 200: MatchListSchema } } };
  fastify.get('/api/networks/:networkId/drafts/:recordId/matches', matches, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    const draft = await draftOf(network.id, request.params.recordId);
    if (draft.programmeId) throw new AppError('conflict', 'a mentor was already chosen for this draft');
    const profiles = await deps.networks.list('profile', network.id);
    return reply.status(200).send({ matches: rankCandidates(draft.needs, profiles) });
  });

  const choose = {
    ...body,
    schema: {
      params: NetworkRecordParams,
      body: ChooseMentorRequestSchema,
      response: { 201: ChooseMentorResponseSchema },
    },
  };
  fastify.post('/api/networks/:networkId/drafts/:recordId/choose', choose, async (request, reply) => {
    const { network } = await requireNetwork(deps, request, request.params.networkId);
    const draftId = request.params.recordId;
    await draftOf(network.id, draftId);
    const profile = await deps.networks.get('profile', network.id, request.body.profileId);
    if (!profile) throw new AppError('notFound', 'profile not found');
    // Two facilitators (perhaps on two nodes) may choose at once: the lease lets one through, and
    // the draft is read again under it, so the one who comes second finds the choice made (409).
    const holder = newId();
    if (!(await deps.networks.lease(network.id, `choose:${draftId}`, holder, deps.networkLeaseMs))) {
      throw new AppError('conflict', 'someone else is choosing a mentor for this draft');
    }
    const made = await (async () => {
      try {
        const draft = await draftOf(network.id, draftId);
        return await chooseMentor(deps, {
          network,
          draft,
          profile,
          facilitatorName: request.body.facilitatorName,
          now: nowIso(),
        });
      } finally {
        await deps.networks.release(network.id, `choose:${draftId}`, holder);
      }
    })();
    // Its figures for the coordinator's table are computed with its journey, once its boards are written.
    deps.journey.touch(made.programme.id);
    const base = linkBase(deps, request);
    request.log.info({ networkId: network.id, programmeId: made.programme.id }, 'draft became a programme');
    return reply.status(201).send({
      draft: made.draft,
      programme: made.programme,
      facilitatorLink: buildLink(base, LinkPaths.programme(made.programme.id), made.facilitatorToken),
      mentorInviteLink: buildLink(base, LinkPaths.join, made.mentorInviteToken),
    });
  });
};
