import { z } from 'zod';
import { InviteIdSchema, ProgrammeIdSchema, TimestampSchema } from './ids.js';
import { RoleSchema } from './roles.js';

export const InviteLabelSchema = z.string().trim().min(1, 'required').max(80, 'at most 80 characters');

/** A capability link for one role, controlled by the facilitator: it expires and can be revoked. */
export const InviteSchema = z.object({
  id: InviteIdSchema,
  programmeId: ProgrammeIdSchema,
  role: RoleSchema,
  label: InviteLabelSchema.optional(),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  /** Null while the invite is valid; revocation ends every session made from it. */
  revokedAt: TimestampSchema.nullable(),
});
export type Invite = z.infer<typeof InviteSchema>;

/** Invite lifetimes: a programme runs one to five years. */
export const INVITE_HOURS = { default: 24 * 30, max: 24 * 366 * 5 } as const;
