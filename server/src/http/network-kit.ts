import { NetworkLinkPaths } from '@mentoring/shared/network/api';
import type { NetworkInvite, NetworkRole } from '@mentoring/shared/network/network';
import { NetworkInviteIdSchema, NetworkRecordIdSchema } from '@mentoring/shared/network/network';
import { buildLink } from '@mentoring/shared/schema/api';
import { NetworkIdSchema } from '@mentoring/shared/schema/ids';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { expiryClaim } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import type { NetworkSession } from '../networks/network-tokens.js';
import { type ApiDeps, bearerToken, linkBase } from './api-kit.js';

/** Path parameters of `/api/networks/:networkId/…`. */
export const NetworkParams = z.object({ networkId: NetworkIdSchema });
export const NetworkInviteParams = NetworkParams.extend({ inviteId: NetworkInviteIdSchema });
export const NetworkRecordParams = NetworkParams.extend({ recordId: NetworkRecordIdSchema });

/** How long a network link lasts: a network runs for years; a revoked link ends at once. */
export const NETWORK_LINK_MS = 366 * 24 * 3600 * 1000;

/**
 * The caller's network session: 401 without a valid network token, 403 for another network or a
 * role not in `roles`.
 */
export async function requireNetwork(
  deps: ApiDeps,
  request: FastifyRequest,
  networkId: string,
  roles: readonly NetworkRole[] = ['network-coordinator', 'association-staff'],
): Promise<NetworkSession> {
  const session = await deps.networkTokens.session(bearerToken(request));
  if (session.network.id !== networkId) throw new AppError('forbidden', 'your token is for another network');
  if (!roles.includes(session.role))
    throw new AppError('forbidden', `the ${session.role} role may not do this`);
  return session;
}

/** The token and link of a network invite. */
export function networkLink(deps: ApiDeps, request: FastifyRequest, invite: NetworkInvite) {
  const token = deps.networkTokens.sign({
    v: 1,
    n: invite.networkId,
    r: invite.role,
    i: invite.id,
    e: expiryClaim(invite.expiresAt),
  });
  return {
    token,
    link: buildLink(linkBase(deps, request), NetworkLinkPaths.network(invite.networkId), token),
  };
}
