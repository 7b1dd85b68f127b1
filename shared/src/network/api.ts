import { z } from 'zod';
import { PhaseSchema } from '../journey/model.js';
import { TokenSchema } from '../schema/api.js';
import { BoardIdSchema, ProgrammeIdSchema, TimestampSchema } from '../schema/ids.js';
import { DisplayNameSchema, LanguageSchema, ProgrammeSchema } from '../schema/programme.js';
import { MONITORING_STATUSES } from '../schema/templates/monitoring.js';
import { CommunitySchema } from './community.js';
import { MATCH_COMPONENTS } from './matching.js';
import {
  BoardGrantSchema,
  DraftSchema,
  MentorProfileSchema,
  NetworkInviteSchema,
  NetworkRecordIdSchema,
  NetworkRoleSchema,
  NetworkSchema,
} from './network.js';
import { MentorProfileInputSchema, NeedsInputSchema } from './profiles.js';

/** Request and response bodies of `/api/networks/*` (tokens as `Authorization: Bearer`). */

export const NetworkLinkPaths = {
  network: (networkId: string) => `/networks/${encodeURIComponent(networkId)}`,
} as const;

/** `POST /api/networks` (no token, like a programme) → 201. */
export const CreateNetworkRequestSchema = z.object({
  name: NetworkSchema.shape.name,
  language: LanguageSchema,
});
export const NetworkSessionResponseSchema = z.object({
  network: NetworkSchema,
  role: NetworkRoleSchema,
});
export const CreateNetworkResponseSchema = NetworkSessionResponseSchema.extend({
  token: TokenSchema,
  link: z.url(),
});
export type CreateNetworkResponse = z.infer<typeof CreateNetworkResponseSchema>;

/** `POST /api/networks/:id/invites` (coordinator). */
export const CreateNetworkInviteRequestSchema = z.object({
  role: NetworkRoleSchema,
  label: NetworkInviteSchema.shape.label,
});
export const NetworkInviteResponseSchema = z.object({
  invite: NetworkInviteSchema,
  token: TokenSchema,
  link: z.url(),
});
export const NetworkInviteListSchema = z.object({ invites: z.array(NetworkInviteSchema) });

export const ProfileRequestSchema = z.object({ profile: MentorProfileInputSchema });
export const ProfileResponseSchema = z.object({ profile: MentorProfileSchema });
export const ProfileListSchema = z.object({ profiles: z.array(MentorProfileSchema) });

/** `POST /api/networks/:id/drafts`: a mentee city's needs, no mentor yet. */
export const DraftRequestSchema = z.object({ title: DraftSchema.shape.title, needs: NeedsInputSchema });
export const DraftResponseSchema = z.object({ draft: DraftSchema });
export const DraftListSchema = z.object({ drafts: z.array(DraftSchema) });

export const ScoreLineSchema = z.object({
  component: z.enum(MATCH_COMPONENTS),
  kind: z.enum(['overlap', 'similarity', 'text']),
  points: z.number(),
  matched: z.array(z.string()),
});
export const MatchListSchema = z.object({
  matches: z.array(
    z.object({
      profile: MentorProfileSchema,
      score: z.object({
        overlap: z.number(),
        similarity: z.number(),
        text: z.number(),
        total: z.number(),
        lines: z.array(ScoreLineSchema),
      }),
    }),
  ),
});

/** `POST /api/networks/:id/drafts/:draftId/choose`: the draft becomes a programme. */
export const ChooseMentorRequestSchema = z.object({
  profileId: NetworkRecordIdSchema,
  facilitatorName: DisplayNameSchema.optional(),
});
export const ChooseMentorResponseSchema = z.object({
  draft: DraftSchema,
  programme: ProgrammeSchema,
  facilitatorLink: z.url(),
  mentorInviteLink: z.url(),
});

/** One row of the coordinator's table: status figures, never board content. */
export const ProgrammeRowSchema = z.object({
  id: ProgrammeIdSchema,
  title: z.string(),
  menteeCity: z.string(),
  mentorCity: z.string(),
  /** Every city of a multilateral programme (a community of practice); absent for a pair. */
  cities: z.array(z.string()).optional(),
  phase: z.union([PhaseSchema, z.literal('finished')]),
  currentStep: z.string().nullable(),
  stepsDone: z.number().int(),
  stepsTotal: z.number().int(),
  nextVisit: z.string(),
  lastActivity: TimestampSchema,
  needsAnalysisPercent: z.number(),
  actionPlanPercent: z.number(),
  approved: z.boolean(),
  actionsByStatus: z.record(z.enum(MONITORING_STATUSES), z.number()).nullable(),
  /** Boards the facilitator let the coordinator read. */
  grantedBoards: z.array(z.object({ id: BoardIdSchema, kind: z.string(), title: z.string() })),
});
export type ProgrammeRow = z.infer<typeof ProgrammeRowSchema>;
export const ProgrammeTableSchema = z.object({ programmes: z.array(ProgrammeRowSchema) });

/** `GET|POST|DELETE /api/programmes/:id/network-grants[/:boardId]` (the programme's facilitator). */
export const BoardGrantListSchema = z.object({ grants: z.array(BoardGrantSchema) });

/** `GET /api/networks/:id/backup` and `POST /api/networks/import`. */
export const NetworkBackupSchema = z.object({
  format: z.literal('mentoring-network-backup'),
  version: z.literal(1),
  exportedAt: TimestampSchema,
  network: NetworkSchema,
  profiles: z.array(MentorProfileSchema),
  drafts: z.array(DraftSchema),
  invites: z.array(NetworkInviteSchema),
  programmes: z.array(z.object({ id: ProgrammeIdSchema, addedAt: TimestampSchema })),
  /** Communities of practice; absent in backups made before them. */
  communities: z.array(CommunitySchema).default([]),
});
export type NetworkBackup = z.infer<typeof NetworkBackupSchema>;
