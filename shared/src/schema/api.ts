import { z } from 'zod';
import { BoardKindSchema, BoardSchema, BoardTitleSchema } from './board.js';
import { InviteIdSchema, TimestampSchema } from './ids.js';
import { INVITE_HOURS, InviteLabelSchema, InviteSchema } from './invite.js';
import { MemberSchema } from './member.js';
import { DisplayNameSchema, OrganisationSchema, ProgrammeDraftSchema, ProgrammeSchema } from './programme.js';
import { PermissionSchema, RoleSchema } from './roles.js';

/**
 * Request and response bodies of `/api/*`. The server validates every request and response with
 * them; the client validates its forms with the same schemas. Tokens travel as
 * `Authorization: Bearer <token>`.
 */

/** A signed capability token; opaque to the client. */
export const TokenSchema = z.string().min(1, 'required').max(2048, 'too long');

/** Every error: a message safe to show, and for 400 the zod issues. */
export const ErrorResponseSchema = z.object({ error: z.string(), details: z.unknown().optional() });
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** `POST /api/programmes`. `facilitatorName` names the creator among the members (optional). */
export const CreateProgrammeRequestSchema = ProgrammeDraftSchema.extend({
  facilitatorName: DisplayNameSchema.optional(),
});
export type CreateProgrammeRequest = z.infer<typeof CreateProgrammeRequestSchema>;
export const CreateProgrammeResponseSchema = z.object({
  programme: ProgrammeSchema,
  facilitatorToken: TokenSchema,
  facilitatorLink: z.url(),
});
export type CreateProgrammeResponse = z.infer<typeof CreateProgrammeResponseSchema>;

/** `GET /api/programmes/:id` (members only). */
export const ProgrammeDetailsResponseSchema = z.object({
  programme: ProgrammeSchema,
  boards: z.array(BoardSchema),
  members: z.array(MemberSchema),
});
export type ProgrammeDetailsResponse = z.infer<typeof ProgrammeDetailsResponseSchema>;

/** `POST /api/programmes/:id/boards` → 201 {@link BoardResponseSchema}. */
export const CreateBoardRequestSchema = z.object({ kind: BoardKindSchema, title: BoardTitleSchema });
export type CreateBoardRequest = z.infer<typeof CreateBoardRequestSchema>;
/** `PATCH /api/programmes/:id/boards/:boardId` → {@link BoardResponseSchema}. */
export const RenameBoardRequestSchema = z.object({ title: BoardTitleSchema });
export type RenameBoardRequest = z.infer<typeof RenameBoardRequestSchema>;
export const BoardResponseSchema = z.object({ board: BoardSchema });
export type BoardResponse = z.infer<typeof BoardResponseSchema>;

/** `POST /api/programmes/:id/invites` (facilitator) → 201 {@link CreateInviteResponseSchema}. */
export const CreateInviteRequestSchema = z.object({
  role: RoleSchema,
  expiresInHours: z.number().int().min(1).max(INVITE_HOURS.max).optional(),
  label: InviteLabelSchema.optional(),
});
export type CreateInviteRequest = z.infer<typeof CreateInviteRequestSchema>;
export const CreateInviteResponseSchema = z.object({
  inviteId: InviteIdSchema,
  token: TokenSchema,
  link: z.url(),
  invite: InviteSchema,
});
export type CreateInviteResponse = z.infer<typeof CreateInviteResponseSchema>;
/** `GET /api/programmes/:id/invites` (facilitator). Tokens are never listed. */
export const InviteListResponseSchema = z.object({ invites: z.array(InviteSchema) });
export type InviteListResponse = z.infer<typeof InviteListResponseSchema>;
/** `DELETE /api/programmes/:id/invites/:inviteId` (facilitator): revokes. */
export const InviteResponseSchema = z.object({ invite: InviteSchema });
export type InviteResponse = z.infer<typeof InviteResponseSchema>;

/** `POST /api/join`: trades an invite token for a personal session token of the invite's role. */
export const JoinRequestSchema = z.object({
  token: TokenSchema,
  displayName: DisplayNameSchema,
  organisation: OrganisationSchema.optional(),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;
export const JoinResponseSchema = z.object({
  token: TokenSchema,
  programme: ProgrammeSchema,
  member: MemberSchema,
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

/** `GET /api/session`: who the bearer is. */
export const SessionResponseSchema = z.object({
  programme: ProgrammeSchema,
  role: RoleSchema,
  member: MemberSchema,
  permissions: z.array(PermissionSchema),
  expiresAt: TimestampSchema,
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/** One board in an export: its record, its content as JSON and its full Yjs state (base64). */
export const ExportedBoardSchema = BoardSchema.extend({
  content: z.record(z.string(), z.unknown()),
  yjsUpdate: z.base64(),
});
/** `GET /api/programmes/:id/export` (facilitator): everything stored about the programme. */
export const ProgrammeExportSchema = z.object({
  format: z.literal('mentoring-board-export'),
  version: z.literal(1),
  exportedAt: TimestampSchema,
  programme: ProgrammeSchema,
  boards: z.array(ExportedBoardSchema),
  members: z.array(MemberSchema),
  invites: z.array(InviteSchema),
});
export type ProgrammeExport = z.infer<typeof ProgrammeExportSchema>;

/**
 * Where links point. The token rides in the URL fragment, which browsers never send to a server,
 * so it stays out of access logs, proxies and Referer headers.
 */
export const LinkPaths = {
  join: '/join',
  programme: (programmeId: string) => `/programmes/${encodeURIComponent(programmeId)}`,
  tokenFragment: 'token',
} as const;

/** A link `base + path#token=<token>`; `base` is an origin such as `https://board.example.org`. */
export function buildLink(base: string, path: string, token: string): string {
  return `${base.replace(/\/+$/, '')}${path}#${LinkPaths.tokenFragment}=${encodeURIComponent(token)}`;
}
