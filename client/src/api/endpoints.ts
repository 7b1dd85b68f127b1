import {
  BoardResponseSchema,
  type CreateBoardRequest,
  type CreateInviteRequest,
  CreateInviteResponseSchema,
  type CreateProgrammeRequest,
  CreateProgrammeResponseSchema,
  InviteListResponseSchema,
  InviteResponseSchema,
  type JoinRequest,
  JoinResponseSchema,
  ProgrammeDetailsResponseSchema,
  SessionResponseSchema,
} from '@mentoring/shared/schema/api';
import {
  type CreateJoinCodeRequest,
  InviteCheckResponseSchema,
  InviteLinkResponseSchema,
  JoinCodeListResponseSchema,
  JoinCodeLookupResponseSchema,
  JoinCodeResponseSchema,
  type JoinWithCodeRequest,
} from '@mentoring/shared/schema/join-code';
import { z } from 'zod';
import { apiRequest } from './http';

const programmePath = (id: string) => `/api/programmes/${encodeURIComponent(id)}`;

/** Every call of the HTTP API the web app makes (shapes from `@mentoring/shared/schema/api`). */
export const api = {
  createProgramme: (body: CreateProgrammeRequest) =>
    apiRequest('/api/programmes', { method: 'POST', body, schema: CreateProgrammeResponseSchema }),
  programme: (id: string, token: string) =>
    apiRequest(programmePath(id), { token, schema: ProgrammeDetailsResponseSchema }),
  session: (token: string) => apiRequest('/api/session', { token, schema: SessionResponseSchema }),
  createBoard: (programmeId: string, token: string, body: CreateBoardRequest) =>
    apiRequest(`${programmePath(programmeId)}/boards`, {
      method: 'POST',
      token,
      body,
      schema: BoardResponseSchema,
    }),
  renameBoard: (programmeId: string, token: string, boardId: string, title: string) =>
    apiRequest(`${programmePath(programmeId)}/boards/${encodeURIComponent(boardId)}`, {
      method: 'PATCH',
      token,
      body: { title },
      schema: BoardResponseSchema,
    }),
  invites: (programmeId: string, token: string) =>
    apiRequest(`${programmePath(programmeId)}/invites`, { token, schema: InviteListResponseSchema }),
  createInvite: (programmeId: string, token: string, body: CreateInviteRequest) =>
    apiRequest(`${programmePath(programmeId)}/invites`, {
      method: 'POST',
      token,
      body,
      schema: CreateInviteResponseSchema,
    }),
  revokeInvite: (programmeId: string, token: string, inviteId: string) =>
    apiRequest(`${programmePath(programmeId)}/invites/${encodeURIComponent(inviteId)}`, {
      method: 'DELETE',
      token,
      schema: InviteResponseSchema,
    }),
  deleteBoard: (programmeId: string, token: string, boardId: string) =>
    apiRequest(`${programmePath(programmeId)}/boards/${encodeURIComponent(boardId)}`, {
      method: 'DELETE',
      token,
      schema: BoardResponseSchema,
    }),
  restoreBoard: (programmeId: string, token: string, boardId: string) =>
    apiRequest(`${programmePath(programmeId)}/boards/${encodeURIComponent(boardId)}/restore`, {
      method: 'POST',
      token,
      schema: BoardResponseSchema,
    }),
  /** GDPR erasure of the whole programme (facilitator). */
  deleteProgramme: (programmeId: string, token: string) =>
    apiRequest(programmePath(programmeId), { method: 'DELETE', token, schema: z.unknown() }),
  inviteLink: (programmeId: string, token: string, inviteId: string) =>
    apiRequest(`${programmePath(programmeId)}/invites/${encodeURIComponent(inviteId)}/link`, {
      token,
      schema: InviteLinkResponseSchema,
    }),
  joinCodes: (programmeId: string, token: string) =>
    apiRequest(`${programmePath(programmeId)}/join-codes`, { token, schema: JoinCodeListResponseSchema }),
  createJoinCode: (programmeId: string, token: string, body: CreateJoinCodeRequest) =>
    apiRequest(`${programmePath(programmeId)}/join-codes`, {
      method: 'POST',
      token,
      body,
      schema: JoinCodeResponseSchema,
    }),
  revokeJoinCode: (programmeId: string, token: string, code: string) =>
    apiRequest(`${programmePath(programmeId)}/join-codes/${encodeURIComponent(code)}`, {
      method: 'DELETE',
      token,
      schema: z.unknown(),
    }),
  lookupJoinCode: (code: string) =>
    apiRequest(`/api/join-codes/${encodeURIComponent(code)}`, { schema: JoinCodeLookupResponseSchema }),
  joinWithCode: (code: string, body: JoinWithCodeRequest) =>
    apiRequest(`/api/join-codes/${encodeURIComponent(code)}/join`, {
      method: 'POST',
      body,
      schema: JoinResponseSchema,
    }),
  checkInvite: (token: string) =>
    apiRequest('/api/join/check', { method: 'POST', body: { token }, schema: InviteCheckResponseSchema }),
  join: (body: JoinRequest) => apiRequest('/api/join', { method: 'POST', body, schema: JoinResponseSchema }),
  /** Optional client settings; a server without `/api/config` yields `{}`. */
  config: (signal?: AbortSignal) =>
    apiRequest('/api/config', { schema: ClientConfigSchema, signal }).catch(() => ({}) as ClientConfig),
};

/** `GET /api/config`, if the server offers it. */
export const ClientConfigSchema = z.object({ tldrawLicenseKey: z.string().min(1).optional() });
export type ClientConfig = z.infer<typeof ClientConfigSchema>;
