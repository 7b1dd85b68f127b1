import { createHmac, timingSafeEqual } from 'node:crypto';
import { InviteIdSchema, MemberIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import { RoleSchema } from '@mentoring/shared/schema/roles';
import { z } from 'zod';
import { AppError } from '../errors.js';

/**
 * What a capability token says. `m` (member) is absent on invite tokens, which are only good for
 * `POST /api/join`; session tokens carry it. `e` is the expiry in Unix seconds.
 */
export const TokenClaimsSchema = z.strictObject({
  v: z.literal(1),
  p: ProgrammeIdSchema,
  r: RoleSchema,
  i: InviteIdSchema,
  m: MemberIdSchema.optional(),
  e: z.number().int().positive(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

/** Longest token accepted; real ones are about 200 characters. */
const MAX_TOKEN_LENGTH = 1024;
const MAC_BYTES = 32;
const SEGMENT = /^[A-Za-z0-9_-]+$/;

/** Signs and verifies capability tokens: `base64url(JSON claims) "." base64url(HMAC-SHA256)`. */
export interface TokenSigner {
  sign(claims: TokenClaims): string;
  /** The claims of a genuine, unexpired token; throws AppError('unauthorized') otherwise. */
  verify(token: string, nowMs?: number): TokenClaims;
}

/** Creates a signer keyed by `secret` (at least 32 characters). */
export function createTokenSigner(secret: string): TokenSigner {
  if (secret.length < 32) throw new Error('token secret must be at least 32 characters');
  // A purpose label in the MAC input keeps these MACs apart from any other use of the same secret.
  const mac = (payload: string) => createHmac('sha256', secret).update(`token-v1.${payload}`).digest();
  const invalid = () => new AppError('unauthorized', 'invalid token');

  return {
    sign(claims) {
      const payload = Buffer.from(JSON.stringify(TokenClaimsSchema.parse(claims))).toString('base64url');
      return `${payload}.${mac(payload).toString('base64url')}`;
    },
    verify(token, nowMs = Date.now()) {
      if (token.length > MAX_TOKEN_LENGTH) throw invalid();
      const [payload, signature, ...rest] = token.split('.');
      if (!payload || !signature || rest.length > 0 || !SEGMENT.test(payload) || !SEGMENT.test(signature)) {
        throw invalid();
      }
      const given = Buffer.from(signature, 'base64url');
      // Canonical encoding only, so that one token has exactly one spelling.
      if (given.length !== MAC_BYTES || given.toString('base64url') !== signature) throw invalid();
      if (!timingSafeEqual(given, mac(payload))) throw invalid();
      let claims: TokenClaims;
      try {
        claims = TokenClaimsSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
      } catch {
        // Only reachable with a genuine MAC: a token we signed under another claims format.
        throw invalid();
      }
      if (claims.e * 1000 <= nowMs) throw new AppError('unauthorized', 'token expired');
      return claims;
    },
  };
}

/** Expiry claim (Unix seconds) for an instant given as ISO string or milliseconds. */
export function expiryClaim(at: string | number): number {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  return Math.floor(ms / 1000);
}
