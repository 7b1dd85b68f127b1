import { z } from 'zod';
import { DisplayNameSchema, ProgrammeSchema } from '../schema/programme.js';
import { ScoreLineSchema } from './api.js';
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

/**
 * `GET /api/programmes/:id/community-matches` (any member of the community's programme): for each
 * city, the other cities of the group ranked by the network's explained score. Only city names and
 * score lines: no profile or needs analysis is sent whole.
 */
export const CommunityMatchesResponseSchema = z.object({
  community: z.object({ title: CommunitySchema.shape.title, topic: CommunitySchema.shape.topic }),
  cities: z.array(
    z.object({
      city: z.string(),
      hasNeeds: z.boolean(),
      helpers: z.array(
        z.object({
          city: z.string(),
          score: z.object({
            overlap: z.number(),
            similarity: z.number(),
            text: z.number(),
            total: z.number(),
            lines: z.array(ScoreLineSchema),
          }),
        }),
      ),
      withoutProfile: z.array(z.string()),
    }),
  ),
});
export type CommunityMatchesResponse = z.infer<typeof CommunityMatchesResponseSchema>;
