import type { DocId } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import type { Member } from '@mentoring/shared/schema/member';
import type { Programme } from '@mentoring/shared/schema/programme';
import type { Role } from '@mentoring/shared/schema/roles';
import { AppError } from '../errors.js';
import type { Logger } from '../log.js';
import type { BoardRef, Grant, GrantSource } from './grant-source.js';
import type { TokenClaims, TokenSigner } from './tokens.js';

/** A member's verified session: what every HTTP call, WebSocket and socket.io connection acts as. */
export interface Session {
  programme: Programme;
  member: Member;
  invite: Invite;
  role: Role;
  /** When the token expires (ms since the epoch). */
  expiresAtMs: number;
}

/** A verified, unused-or-reusable invite token, good only for joining. */
export interface InviteGrant {
  programme: Programme;
  invite: Invite;
  expiresAtMs: number;
}

/** Checks tokens against their signature, expiry and the store (revocation, erasure). */
export interface Access {
  /** The session of a member's token; throws AppError('unauthorized') for anything else. */
  session(token: string | null | undefined, options?: { allowDeleting?: boolean }): Promise<Session>;
  /**
   * `session`, and the board of `docId` in the token's programme (null: none there, or no `docId`).
   * Read together where the store can (see GrantSource.getDocGrant).
   */
  sessionForDoc(
    token: string | null | undefined,
    docId: DocId | null,
  ): Promise<{ session: Session; board: BoardRef | null }>;
  /** The invite of an invite token (for `POST /api/join`). */
  invite(token: string | null | undefined): Promise<InviteGrant>;
}

/** Why a stored grant no longer holds, or null while it does. */
export function grantEnded(grant: Grant, options: { allowDeleting?: boolean } = {}): string | null {
  if (!grant.programme || !grant.invite || grant.invite.revokedAt) return 'token revoked';
  if (grant.programme.deletingAt && !options.allowDeleting) return 'programme deleted';
  return null;
}

/** Creates the token checks over a signer and the programme store. */
export function createAccess(deps: { signer: TokenSigner; programmes: GrantSource; log: Logger }): Access {
  const unauthorized = (message: string) => new AppError('unauthorized', message);

  /** A store read of the token checks; a failing store answers 'unavailable', never a refusal. */
  const read = async <T>(reading: () => Promise<T>): Promise<T> => {
    try {
      return await reading();
    } catch (error) {
      deps.log.error({ err: error }, 'token check: programme store failed');
      // A refusal that says why (a record of a newer data format) keeps its message.
      throw error instanceof AppError ? error : new AppError('unavailable', 'store unavailable');
    }
  };
  const load = (claims: TokenClaims): Promise<Grant> =>
    read(() => deps.programmes.getGrant(claims.p, claims.i, claims.m ?? null));
  const verify = (token: string | null | undefined): TokenClaims => {
    if (!token) throw unauthorized('missing token');
    return deps.signer.verify(token);
  };
  const memberClaims = (
    token: string | null | undefined,
  ): TokenClaims & { m: NonNullable<TokenClaims['m']> } => {
    const claims = verify(token);
    if (!claims.m) throw unauthorized('invite token: join the programme first');
    return claims as TokenClaims & { m: NonNullable<TokenClaims['m']> };
  };
  /** The session a member's claims and their stored grant make, or the refusal. */
  const sessionOf = (claims: TokenClaims, grant: Grant, options: { allowDeleting?: boolean }): Session => {
    const ended = grantEnded(grant, options);
    if (ended) throw unauthorized(ended);
    const { programme, invite, member } = grant;
    if (!programme || !invite || !member) throw unauthorized('token revoked');
    // The signature vouches for these, but a record that disagrees means the token is not ours.
    if (member.role !== claims.r || member.inviteId !== invite.id) throw unauthorized('invalid token');
    return { programme, invite, member, role: member.role, expiresAtMs: claims.e * 1000 };
  };

  return {
    async session(token, options = {}) {
      const claims = memberClaims(token);
      return sessionOf(claims, await load(claims), options);
    },
    async sessionForDoc(token, docId) {
      const claims = memberClaims(token);
      const { programmes } = deps;
      const getDocGrant = programmes.getDocGrant?.bind(programmes);
      if (docId && getDocGrant) {
        const grant = await read(() => getDocGrant(claims.p, claims.i, claims.m, docId));
        return { session: sessionOf(claims, grant, {}), board: grant.board };
      }
      const session = sessionOf(claims, await load(claims), {});
      const board = docId ? await programmes.findBoardByDoc(session.programme.id, docId) : null;
      return { session, board };
    },
    async invite(token) {
      const claims = verify(token);
      if (claims.m) throw unauthorized('not an invite token');
      const grant = await load(claims);
      const ended = grantEnded(grant);
      if (ended) throw unauthorized(ended);
      const { programme, invite } = grant;
      if (!programme || !invite) throw unauthorized('token revoked');
      if (invite.role !== claims.r) throw unauthorized('invalid token');
      return { programme, invite, expiresAtMs: claims.e * 1000 };
    },
  };
}
