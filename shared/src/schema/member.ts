import { z } from 'zod';
import { InviteIdSchema, MemberIdSchema, ProgrammeIdSchema, TimestampSchema } from './ids.js';
import { DisplayNameSchema, OrganisationSchema } from './programme.js';
import { RoleSchema } from './roles.js';

/** Someone who joined a programme from an invite (or created it). */
export const MemberSchema = z.object({
  id: MemberIdSchema,
  programmeId: ProgrammeIdSchema,
  role: RoleSchema,
  displayName: DisplayNameSchema,
  organisation: OrganisationSchema.optional(),
  /** The invite this member joined with: revoking it ends the member's access. */
  inviteId: InviteIdSchema,
  joinedAt: TimestampSchema,
});
export type Member = z.infer<typeof MemberSchema>;
