import { z } from 'zod';
import { NetworkIdSchema, ProgrammeIdSchema, TimestampSchema } from '../schema/ids.js';
import { LanguageSchema } from '../schema/programme.js';
import { NetworkRecordIdSchema } from './network.js';

/**
 * A community of practice (issue 15, the guide's multilateral adaptation): several cities of a
 * network around one topic, where each city both shares and learns. It is planned as a network
 * record, then started once: starting makes its programme-like space (one programme with every
 * city, shared boards and each city's own needs analysis, strengths and action plan).
 */

const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'required');

/** Fewer than three is a pair (a mentoring programme); more than twelve is no longer one table. */
export const COMMUNITY_CITIES = { min: 3, max: 12 } as const;

/** One member city: what it can share and what it wants to learn. */
export const CommunityCitySchema = z.object({
  city: required(120),
  /** Practices the city can share with the others (free text, the guide's annex 3 good practices). */
  goodPractices: text(2000),
  /** Topics the city wants to learn about (its needs, in its own words). */
  topics: text(2000),
});
export type CommunityCity = z.infer<typeof CommunityCitySchema>;

/** What a coordinator or association staff fills in to plan a community. */
export const CommunityInputSchema = z.object({
  title: required(200),
  topic: required(200),
  language: LanguageSchema,
  cities: z
    .array(CommunityCitySchema)
    .min(COMMUNITY_CITIES.min, `at least ${COMMUNITY_CITIES.min} cities`)
    .max(COMMUNITY_CITIES.max, `at most ${COMMUNITY_CITIES.max} cities`)
    .refine(
      (cities) => new Set(cities.map((c) => c.city.toLocaleLowerCase())).size === cities.length,
      'each city only once',
    ),
});
export type CommunityInput = z.infer<typeof CommunityInputSchema>;

/** A community as the network stores it. */
export const CommunitySchema = CommunityInputSchema.extend({
  id: NetworkRecordIdSchema,
  networkId: NetworkIdSchema,
  createdAt: TimestampSchema,
  /** The programme made when the community was started (null until then). */
  programmeId: ProgrammeIdSchema.nullable(),
  startedAt: TimestampSchema.nullable(),
});
export type Community = z.infer<typeof CommunitySchema>;

/**
 * The record of an attempt to start a community (keyed by the community's id), written under the
 * start's lease before anything is made: the id of the programme that attempt makes. A later start
 * that finds it with the community not started (the node died half-way) erases that programme
 * first, so a half-made one is never left beside the new one. Claims stored before the programme id
 * was kept have none (null).
 */
export const CommunityStartSchema = z.object({
  id: NetworkRecordIdSchema,
  networkId: NetworkIdSchema,
  claimedAt: TimestampSchema,
  programmeId: ProgrammeIdSchema.nullable().default(null),
});
export type CommunityStart = z.infer<typeof CommunityStartSchema>;
