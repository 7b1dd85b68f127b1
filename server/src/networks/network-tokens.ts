import { timingSafeEqual } from 'node:crypto';
import {
  type Network,
  type NetworkInvite,
  NetworkInviteIdSchema,
  NetworkRoleSchema,
} from '@mentoring/shared/network/network';
import { NetworkIdSchema } from '@mentoring/shared/schema/ids';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { NetworkStore } from './network-store.js';

/** What a network link's token says: the network, the role, the invite (revocable), the expiry. */
const NetworkClaimsSchema = z.strictObject({
  v: z.literal(1),
  n: NetworkIdSchema,
  r: NetworkRoleSchema,
  i: NetworkInviteIdSchema,
  e: z.number().int().positive(),
});
export type NetworkClaims = z.infer<typeof NetworkClaimsSchema>;

const MAX_TOKEN_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** A verified network session: every network route acts as one. */
export interface NetworkSession {
  network: Network;
  invite: NetworkInvite;
  role: NetworkInvite['role'];
}

/** Signs and checks network tokens. */
export interface NetworkTokens {
  sign(claims: NetworkClaims): string;
  /** The session of a genuine, unexpired, unrevoked token of a network not being erased. */
  session(token: string | null | undefined): Promise<NetworkSession>;
}

/**
 * Network tokens: `base64url(claims) "." base64url(MAC)`, the MAC keyed by the server's secret
 * under its own purpose label (access-control.ts `networkMac`). So a network token is never a
 * programme token: the programme routes, the WebSocket upgrade and socket.io refuse it as invalid,
 * which is what keeps board content away from a coordinator (mentoring is confidential).
 */
export function createNetworkTokens(deps: {
  mac: (payload: string) => Buffer;
  networks: NetworkStore;
}): NetworkTokens {
  const invalid = () => new AppError('unauthorized', 'invalid token');
  const verify = (token: string): NetworkClaims => {
    if (token.length > MAX_TOKEN_LENGTH) throw invalid();
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length > 0 || !SEGMENT.test(payload) || !SEGMENT.test(signature)) {
      throw invalid();
    }
    const given = Buffer.from(signature, 'base64url');
    const expected = deps.mac(payload);
    if (given.length !== expected.length || given.toString('base64url') !== signature) throw invalid();
    if (!timingSafeEqual(given, expected)) throw invalid();
    const parsed = NetworkClaimsSchema.safeParse(
      (() => {
        try {
          return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        } catch {
          return null;
        }
      })(),
    );
    if (!parsed.success) throw invalid();
    if (parsed.data.e * 1000 <= Date.now()) throw new AppError('unauthorized', 'token expired');
    return parsed.data;
  };
  return {
    sign(claims) {
      const payload = Buffer.from(JSON.stringify(NetworkClaimsSchema.parse(claims))).toString('base64url');
      return `${payload}.${deps.mac(payload).toString('base64url')}`;
    },
    async session(token) {
      if (!token) throw new AppError('unauthorized', 'missing token');
      const claims = verify(token);
      // Read on every request: a revocation or an erasure holds from the next call on.
      const [network, invite] = await Promise.all([
        deps.networks.getNetwork(claims.n),
        deps.networks.get('invite', claims.n, claims.i),
      ]);
      if (!network || !invite || invite.revokedAt) throw new AppError('unauthorized', 'token revoked');
      if (network.deletingAt) throw new AppError('unauthorized', 'network deleted');
      if (invite.role !== claims.r) throw invalid();
      return { network, invite, role: invite.role };
    },
  };
}
