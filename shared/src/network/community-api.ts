import { z } from 'zod';
import { DisplayNameSchema, ProgrammeSchema } from '../schema/programme.js';
import { CommunityInputSchema, CommunitySchema } from './community.js';

/** Bodies of `/api/networks/:networkId/communities[/:recordId[/start]]` (either network role). */
export const CommunityRequestSchema = z.object({ community: CommunityInputSchema });
export const CommunityResponseSchema = z.object({ community: CommunitySchema });
export const CommunityListSchema = z.object({ communities: z.array(CommunitySchema) });

/** `POST …/communities/:recordId/start`: the starter becomes the space's facilitator. */
export const StartCommunityRequestSchema = z.object({ facilitatorName: DisplayNameSchema.optional() });
export const StartCommunityResponseSchema = z.object({
  community: CommunitySchema,
  programme: ProgrammeSchema,
  facilitatorLink: z.url(),
});
export type StartCommunityResponse = z.infer<typeof StartCommunityResponseSchema>;
