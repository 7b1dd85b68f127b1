import type { JoinRequest, JoinResponse } from '@mentoring/shared/schema/api';
import { MemberIdSchema } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { FastifyRequest } from 'fastify';
import { newId } from '../auth/ids.js';
import { expiryClaim, type TokenSigner } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { type ApiDeps, nowIso } from './api-kit.js';

/**
 * The invite token of an invite. Signing is deterministic (HMAC over the same claims), so this is
 * the very token the invite was created with: a facilitator's other device gets the same link back
 * without the server keeping any token. It dies with the invite (revocation, expiry) or the secret.
 */
export function inviteToken(signer: TokenSigner, invite: Invite): string {
  return signer.sign({
    v: 1,
    p: invite.programmeId,
    r: invite.role,
    i: invite.id,
    e: expiryClaim(invite.expiresAt),
  });
}

/** Trades a valid invite token for a new member and their session token (`POST /api/join` and codes). */
export async function joinWithInvite(
  deps: ApiDeps,
  request: FastifyRequest,
  token: string,
  body: Omit<JoinRequest, 'token'>,
): Promise<JoinResponse> {
  const { programme, invite, expiresAtMs } = await deps.access.invite(token);
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
  // A member joining is activity the coordinator's table shows (computed with the journey).
  if (programme.networkId) deps.journey.touch(programme.id);
  const session = deps.signer.sign({
    v: 1,
    p: programme.id,
    r: member.role,
    i: invite.id,
    m: member.id,
    e: expiryClaim(expiresAtMs),
  });
  request.log.info({ programmeId: programme.id, memberId: member.id, role: member.role }, 'member joined');
  return { token: session, programme, member };
}
