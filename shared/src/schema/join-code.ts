import { z } from 'zod';
import { InviteIdSchema, ProgrammeIdSchema, TimestampSchema } from './ids.js';
import { DisplayNameSchema, OrganisationSchema } from './programme.js';
import { RoleSchema } from './roles.js';

/**
 * Short room join codes: `ABCD-EFGH`, 8 characters from 29 that are hard to mistake for one another
 * (no 0/O, 1/I/L, U/V), about 38.9 bits (5 × 10^11 codes). A code maps to one invite, expires and can be revoked;
 * guessing is bounded by a per-address rate limit on the routes that read codes.
 */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ' as const;
export const JOIN_CODE_LENGTH = 8;

/** A code as stored and sent: 8 characters of the alphabet, no separator. */
export const JoinCodeValueSchema = z
  .string()
  .regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'not a join code');

/** What a person typed (any case, spaces or dashes) as the stored form, or null when it cannot be one. */
export function normaliseJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return JoinCodeValueSchema.safeParse(code).success ? code : null;
}

/** `ABCDEFGH` → `ABCD-EFGH`, as shown and printed. */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Where a code is typed (`/j`) and where a code's short link points (`/j/ABCD-EFGH`). */
export const joinCodePath = (code?: string) => (code ? `/j/${formatJoinCode(code)}` : '/j');

export const JoinCodeSchema = z.object({
  code: JoinCodeValueSchema,
  programmeId: ProgrammeIdSchema,
  inviteId: InviteIdSchema,
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable(),
});
export type JoinCode = z.infer<typeof JoinCodeSchema>;

/** Join code lifetimes in hours: a workshop day by default, at most a fortnight. */
export const JOIN_CODE_HOURS = { default: 12, max: 24 * 14 } as const;

/** `POST /api/programmes/:id/join-codes` (facilitator) → 201 {@link JoinCodeResponseSchema}. */
export const CreateJoinCodeRequestSchema = z.object({
  inviteId: InviteIdSchema,
  expiresInHours: z.number().int().min(1).max(JOIN_CODE_HOURS.max).optional(),
});
export type CreateJoinCodeRequest = z.infer<typeof CreateJoinCodeRequestSchema>;
export const JoinCodeResponseSchema = z.object({ joinCode: JoinCodeSchema, link: z.url() });
export type JoinCodeResponse = z.infer<typeof JoinCodeResponseSchema>;
export const JoinCodeListResponseSchema = z.object({ joinCodes: z.array(JoinCodeSchema) });

/** `GET /api/join-codes/:code` (anyone, rate limited): what the code opens, before the join form. */
export const JoinCodeLookupResponseSchema = z.object({ programmeTitle: z.string(), role: RoleSchema });
export type JoinCodeLookupResponse = z.infer<typeof JoinCodeLookupResponseSchema>;

/** `POST /api/join-codes/:code/join` (rate limited) → 201, as `POST /api/join`. */
export const JoinWithCodeRequestSchema = z.object({
  displayName: DisplayNameSchema,
  organisation: OrganisationSchema.optional(),
});
export type JoinWithCodeRequest = z.infer<typeof JoinWithCodeRequestSchema>;

/** `POST /api/join/check`: whether an invite token can still be used, before the join form. */
export const InviteCheckResponseSchema = JoinCodeLookupResponseSchema;

/** `GET /api/programmes/:id/invites/:inviteId/link` (facilitator of that programme only). */
export const InviteLinkResponseSchema = z.object({ link: z.url() });
export type InviteLinkResponse = z.infer<typeof InviteLinkResponseSchema>;
