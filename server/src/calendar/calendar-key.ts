import { timingSafeEqual } from 'node:crypto';
import { InviteIdSchema, MemberIdSchema, ProgrammeIdSchema } from '@mentoring/shared/schema/ids';
import { z } from 'zod';
import type { Session } from '../auth/access.js';
import { grantEnded } from '../auth/access.js';
import type { GrantSource } from '../auth/grant-source.js';
import { AppError } from '../errors.js';

/**
 * The key in a programme's calendar feed URL.
 *
 * Decision (issue 14): calendar apps subscribe to a URL and cannot send an `Authorization` header,
 * so the feed is protected by a key in its URL. The member's own token is never put there: it can
 * edit boards, and feed URLs end up in calendar apps, synced to other devices and sometimes shared.
 * Instead each member gets a read-only calendar key, `base64url(claims) "." HMAC`, MACed with the
 * server's token secret under its own purpose label (so it is never accepted as a session token,
 * nor a session token as a calendar key). It names the programme, the member and the invite they
 * joined by, and expires with that member's session. On every feed request it is checked against
 * the store like a session: it stops working when the invite is revoked (which is how a
 * facilitator revokes a member's access today) or the programme is deleted, and it is refused for
 * any other programme than the one it names. Nothing new is stored: a key cannot be revoked on
 * its own, without revoking the member's access; revoke the invite and invite again for that.
 */
export const CalendarClaimsSchema = z.strictObject({
  v: z.literal(1),
  p: ProgrammeIdSchema,
  i: InviteIdSchema,
  m: MemberIdSchema,
  /** Expiry, Unix seconds: the member's session's. */
  e: z.number().int().positive(),
});
export type CalendarClaims = z.infer<typeof CalendarClaimsSchema>;

/** MAC of a calendar key's payload, keyed by the server's secret (see auth/access-control.ts). */
export type CalendarMac = (payload: string) => Buffer;

const SEGMENT = /^[A-Za-z0-9_-]{1,600}$/;

/** The calendar key of a member's session. */
export function calendarKeyOf(session: Session, mac: CalendarMac): string {
  const claims: CalendarClaims = {
    v: 1,
    p: session.programme.id,
    i: session.invite.id,
    m: session.member.id,
    e: Math.floor(session.expiresAtMs / 1000),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${mac(payload).toString('base64url')}`;
}

/**
 * Checks a calendar key for `programmeId`: genuine, unexpired, for this programme, and its member's
 * access not revoked. Throws 401 (bad, expired or revoked) or 403 (another programme's).
 */
export async function checkCalendarKey(
  key: string,
  programmeId: string,
  deps: { mac: CalendarMac; programmes: GrantSource; nowMs?: number },
): Promise<CalendarClaims> {
  const invalid = () => new AppError('unauthorized', 'invalid calendar key');
  const [payload, signature, ...rest] = key.split('.');
  if (!payload || !signature || rest.length > 0 || !SEGMENT.test(payload) || !SEGMENT.test(signature)) {
    throw invalid();
  }
  const given = Buffer.from(signature, 'base64url');
  const expected = deps.mac(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
  const parsed = CalendarClaimsSchema.safeParse(
    (() => {
      try {
        return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return null;
      }
    })(),
  );
  if (!parsed.success) throw invalid();
  const claims = parsed.data;
  if (claims.e * 1000 <= (deps.nowMs ?? Date.now()))
    throw new AppError('unauthorized', 'calendar key expired');
  if (claims.p !== programmeId) throw new AppError('forbidden', 'this calendar key is for another programme');
  const grant = await deps.programmes.getGrant(claims.p, claims.i, claims.m);
  const ended = grantEnded(grant);
  if (ended) throw new AppError('unauthorized', ended);
  if (!grant.member || grant.member.inviteId !== claims.i)
    throw new AppError('unauthorized', 'token revoked');
  return claims;
}
