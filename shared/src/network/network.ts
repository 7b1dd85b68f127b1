import { z } from 'zod';
import { PhaseSchema } from '../journey/model.js';
import { BoardIdSchema, NetworkIdSchema, ProgrammeIdSchema, TimestampSchema } from '../schema/ids.js';
import { LanguageSchema } from '../schema/programme.js';
import { MONITORING_STATUSES } from '../schema/templates/monitoring.js';
import { MentorProfileInputSchema, NeedsInputSchema } from './profiles.js';

/**
 * A network of municipalities (issue 15): a workspace above programmes, such as an association
 * running mentoring for its members. Like a programme it has no accounts: capability links for its
 * two roles. Its records live in the network store (server/src/networks), never in a programme's.
 */
const idString = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a valid id');
export const NetworkInviteIdSchema = idString.brand<'NetworkInviteId'>();
export type NetworkInviteId = z.infer<typeof NetworkInviteIdSchema>;
/** Ids of profiles and drafts (records of one network). */
export const NetworkRecordIdSchema = idString.brand<'NetworkRecordId'>();
export type NetworkRecordId = z.infer<typeof NetworkRecordIdSchema>;

/**
 * `network-coordinator`: runs the network, invites, sees the programmes' status figures (never
 * their boards unless a facilitator grants it). `association-staff`: publishes profiles and opens
 * draft programmes for member cities.
 */
export const NetworkRoleSchema = z.enum(['network-coordinator', 'association-staff']);
export type NetworkRole = z.infer<typeof NetworkRoleSchema>;

const name = z.string().trim().min(1, 'required').max(200, 'at most 200 characters');

export const NetworkSchema = z.object({
  id: NetworkIdSchema,
  name,
  language: LanguageSchema,
  createdAt: TimestampSchema,
  /** Set while the network is being erased: every token of it is refused from then on. */
  deletingAt: TimestampSchema.optional(),
});
export type Network = z.infer<typeof NetworkSchema>;

export const NetworkInviteSchema = z.object({
  id: NetworkInviteIdSchema,
  networkId: NetworkIdSchema,
  role: NetworkRoleSchema,
  label: z.string().trim().min(1).max(80),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  revokedAt: TimestampSchema.nullable(),
});
export type NetworkInvite = z.infer<typeof NetworkInviteSchema>;

/** A city's published mentor profile. */
export const MentorProfileSchema = z.object({
  id: NetworkRecordIdSchema,
  networkId: NetworkIdSchema,
  profile: MentorProfileInputSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type MentorProfile = z.infer<typeof MentorProfileSchema>;

/**
 * A mentee city's programme before it has a mentor: its needs, then the programme once chosen. Once
 * chosen, the free text (challenge, learning from others) has moved into the programme's own
 * needs-analysis board and is cleared here: from then on it is the pair's, confidential.
 */
export const DraftSchema = z.object({
  id: NetworkRecordIdSchema,
  networkId: NetworkIdSchema,
  title: name,
  needs: NeedsInputSchema.extend({ challenge: z.string().trim().max(4000) }),
  createdAt: TimestampSchema,
  /** Set when a mentor was chosen: the programme the draft became. */
  programmeId: ProgrammeIdSchema.nullable(),
  mentorProfileId: NetworkRecordIdSchema.nullable(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** A programme of the network (the programme record also carries `networkId`). */
export const NetworkProgrammeSchema = z.object({
  id: ProgrammeIdSchema,
  networkId: NetworkIdSchema,
  addedAt: TimestampSchema,
});
export type NetworkProgramme = z.infer<typeof NetworkProgrammeSchema>;

/**
 * The status figures of one programme of the network (shared/network/status.ts, no board text),
 * stored by the server each time it computes the programme's journey, so the coordinator's table
 * reads one record per programme instead of every board. Derived data: not in backups.
 */
export const ProgrammeStatusRecordSchema = z.object({
  id: ProgrammeIdSchema,
  networkId: NetworkIdSchema,
  computedAt: TimestampSchema,
  /** The latest of: creation, boards added, members joined, versions, edits seen by the server. */
  lastActivity: TimestampSchema,
  phase: z.union([PhaseSchema, z.literal('finished')]),
  currentStep: z.string().nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  openVisits: z.array(z.string()),
  needsAnalysisPercent: z.number(),
  actionPlanPercent: z.number(),
  approved: z.boolean(),
  actionsByStatus: z.record(z.enum(MONITORING_STATUSES), z.number()).nullable(),
});
export type ProgrammeStatusRecord = z.infer<typeof ProgrammeStatusRecordSchema>;

/** A facilitator's grant: the coordinator may read this board of that programme (until revoked). */
export const BoardGrantSchema = z.object({
  id: BoardIdSchema,
  networkId: NetworkIdSchema,
  programmeId: ProgrammeIdSchema,
  grantedAt: TimestampSchema,
});
export type BoardGrant = z.infer<typeof BoardGrantSchema>;
