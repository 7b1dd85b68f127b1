import { randomInt } from 'node:crypto';
import { JoinResponseSchema } from '@mentoring/shared/schema/api';
import {
  CreateJoinCodeRequestSchema,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_HOURS,
  JOIN_CODE_LENGTH,
  type JoinCode,
  JoinCodeListResponseSchema,
  JoinCodeLookupResponseSchema,
  JoinCodeResponseSchema,
  JoinWithCodeRequestSchema,
  joinCodePath,
  normaliseJoinCode,
} from '@mentoring/shared/schema/join-code';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors.js';
import { API_BODY_LIMIT, type ApiDeps, linkBase, nowIso, requireSession } from './api-kit.js';
import { inviteToken, joinWithInvite } from './invite-token.js';
import { ProgrammeParams } from './route-schemas.js';

/** A code as typed in a URL (`ABCD-EFGH`, any case); normalised before any lookup. */
const TypedCode = z.object({ code: z.string().max(32) });
const CodeParams = ProgrammeParams.extend({ code: z.string().max(32) });

/** Tries before giving up on a free code: with 5 × 10^11 codes a clash is already rare. */
const DRAWS = 5;

const drawCode = () =>
  Array.from(
    { length: JOIN_CODE_LENGTH },
    () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)],
  ).join('');

/**
 * Short room join codes (`/j/ABCD-EFGH`), each mapping to one invite of one programme:
 * - facilitators create (`POST /api/programmes/:id/join-codes`), list and revoke them;
 * - anyone may look a code up (`GET /api/join-codes/:code`) and join with it
 *   (`POST /api/join-codes/:code/join`); both are rate limited per address
 *   (`JOIN_CODE_ATTEMPTS_PER_MINUTE`), which with 39 bits per code makes guessing hopeless.
 * A code works while it, its invite and its programme do; it never reveals the invite token.
 */
export const joinCodeRoutes: FastifyPluginAsyncZod<ApiDeps> = async (fastify, deps) => {
  const create = {
    bodyLimit: API_BODY_LIMIT,
    schema: {
      params: ProgrammeParams,
      body: CreateJoinCodeRequestSchema,
      response: { 201: JoinCodeResponseSchema },
    },
  };
  fastify.post('/api/programmes/:id/join-codes', create, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    const invite = (await deps.programmes.listInvites(id)).find((i) => i.id === request.body.inviteId);
    if (!invite) throw new AppError('notFound', 'invite not found');
    const createdAt = nowIso();
    if (invite.revokedAt || invite.expiresAt <= createdAt)
      throw new AppError('conflict', 'invite revoked or expired');
    const hours = request.body.expiresInHours ?? JOIN_CODE_HOURS.default;
    // A code never outlives its invite.
    const until = Math.min(Date.parse(createdAt) + hours * 3600_000, Date.parse(invite.expiresAt));
    for (let draw = 0; draw < DRAWS; draw++) {
      const joinCode: JoinCode = {
        code: drawCode(),
        programmeId: id,
        inviteId: invite.id,
        createdAt,
        expiresAt: new Date(until).toISOString(),
        revokedAt: null,
      };
      if (await deps.programmes.addJoinCode(joinCode)) {
        request.log.info({ programmeId: id, inviteId: invite.id }, 'join code created');
        return reply.status(201).send({ joinCode, link: shortLink(deps, request, joinCode.code) });
      }
      if (!(await deps.programmes.getProgramme(id))) throw new AppError('notFound', 'programme not found');
    }
    throw new AppError('unavailable', 'no free join code; try again');
  });

  const list = { schema: { params: ProgrammeParams, response: { 200: JoinCodeListResponseSchema } } };
  fastify.get('/api/programmes/:id/join-codes', list, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    return reply.status(200).send({ joinCodes: await deps.programmes.listJoinCodes(id) });
  });

  const revoke = { schema: { params: CodeParams, response: { 200: z.object({ joinCode: z.unknown() }) } } };
  fastify.delete('/api/programmes/:id/join-codes/:code', revoke, async (request, reply) => {
    const { id } = request.params;
    await requireSession(deps, request, { programmeId: id, permission: 'manageInvites' });
    const code = normaliseJoinCode(request.params.code);
    const joinCode = code ? await deps.programmes.revokeJoinCode(id, code, nowIso()) : null;
    if (!joinCode) throw new AppError('notFound', 'join code not found');
    request.log.info({ programmeId: id }, 'join code revoked');
    return reply.status(200).send({ joinCode });
  });

  // Each public route has the same tight per-address budget against guessing.
  const guarded = { rateLimit: { max: deps.joinCodeAttemptsPerMinute, timeWindow: 60_000 } };
  const lookup = {
    config: guarded,
    schema: { params: TypedCode, response: { 200: JoinCodeLookupResponseSchema } },
  };
  fastify.get('/api/join-codes/:code', lookup, async (request, reply) => {
    const { programme, invite } = await deps.access.invite(await tokenOfCode(deps, request.params.code));
    return reply.status(200).send({ programmeTitle: programme.title, role: invite.role });
  });

  const join = {
    config: guarded,
    bodyLimit: API_BODY_LIMIT,
    schema: { params: TypedCode, body: JoinWithCodeRequestSchema, response: { 201: JoinResponseSchema } },
  };
  fastify.post('/api/join-codes/:code/join', join, async (request, reply) => {
    const token = await tokenOfCode(deps, request.params.code);
    return reply.status(201).send(await joinWithInvite(deps, request, token, request.body));
  });
};

/** The invite token behind a live code; 404 unknown, 410-like 401 for revoked or expired. */
async function tokenOfCode(deps: ApiDeps, typed: string): Promise<string> {
  const code = normaliseJoinCode(typed);
  const joinCode = code ? await deps.programmes.findJoinCode(code) : null;
  if (!joinCode) throw new AppError('notFound', 'unknown join code');
  if (joinCode.revokedAt) throw new AppError('unauthorized', 'join code revoked');
  if (Date.parse(joinCode.expiresAt) <= Date.now()) throw new AppError('unauthorized', 'join code expired');
  const invite = (await deps.programmes.listInvites(joinCode.programmeId)).find(
    (i) => i.id === joinCode.inviteId,
  );
  if (!invite) throw new AppError('notFound', 'unknown join code');
  return inviteToken(deps.signer, invite);
}

function shortLink(deps: ApiDeps, request: FastifyRequest, code: string): string {
  return `${linkBase(deps, request).replace(/\/+$/, '')}${joinCodePath(code)}`;
}
