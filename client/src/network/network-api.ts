import {
  BoardGrantListSchema,
  ChooseMentorResponseSchema,
  CreateNetworkResponseSchema,
  DraftListSchema,
  DraftResponseSchema,
  MatchListSchema,
  NetworkInviteResponseSchema,
  NetworkSessionResponseSchema,
  ProfileListSchema,
  ProfileResponseSchema,
  ProgrammeTableSchema,
} from '@mentoring/shared/network/api';
import type { NetworkRole } from '@mentoring/shared/network/network';
import type { MentorProfileInput, NeedsInput } from '@mentoring/shared/network/profiles';
import type { Language } from '@mentoring/shared/schema/programme';
import { z } from 'zod';
import { apiRequest } from '../api/http';

const networkPath = (id: string) => `/api/networks/${encodeURIComponent(id)}`;
const recordPath = (id: string, kind: 'profiles' | 'drafts', recordId: string) =>
  `${networkPath(id)}/${kind}/${encodeURIComponent(recordId)}`;
const grantsPath = (programmeId: string) =>
  `/api/programmes/${encodeURIComponent(programmeId)}/network-grants`;
const KEY = 'mentoring-board:networks';

/** The network calls of the client (shapes from `@mentoring/shared/network/api`). */
export const networkApi = {
  create: (name: string, language: Language) =>
    apiRequest('/api/networks', {
      method: 'POST',
      body: { name, language },
      schema: CreateNetworkResponseSchema,
    }),
  session: (id: string, token: string) =>
    apiRequest(networkPath(id), { token, schema: NetworkSessionResponseSchema }),
  programmes: (id: string, token: string, signal?: AbortSignal) =>
    apiRequest(`${networkPath(id)}/programmes`, { token, schema: ProgrammeTableSchema, signal }),
  invite: (id: string, token: string, role: NetworkRole, label: string) =>
    apiRequest(`${networkPath(id)}/invites`, {
      method: 'POST',
      token,
      body: { role, label },
      schema: NetworkInviteResponseSchema,
    }),
  profiles: (id: string, token: string) =>
    apiRequest(`${networkPath(id)}/profiles`, { token, schema: ProfileListSchema }),
  publishProfile: (id: string, token: string, profile: MentorProfileInput) =>
    apiRequest(`${networkPath(id)}/profiles`, {
      method: 'POST',
      token,
      body: { profile },
      schema: ProfileResponseSchema,
    }),
  updateProfile: (id: string, token: string, profileId: string, profile: MentorProfileInput) =>
    apiRequest(recordPath(id, 'profiles', profileId), {
      method: 'PUT',
      token,
      body: { profile },
      schema: ProfileResponseSchema,
    }),
  deleteProfile: (id: string, token: string, profileId: string) =>
    apiRequest(recordPath(id, 'profiles', profileId), { method: 'DELETE', token, schema: z.unknown() }),
  drafts: (id: string, token: string) =>
    apiRequest(`${networkPath(id)}/drafts`, { token, schema: DraftListSchema }),
  openDraft: (id: string, token: string, title: string, needs: NeedsInput) =>
    apiRequest(`${networkPath(id)}/drafts`, {
      method: 'POST',
      token,
      body: { title, needs },
      schema: DraftResponseSchema,
    }),
  matches: (id: string, token: string, draftId: string) =>
    apiRequest(`${recordPath(id, 'drafts', draftId)}/matches`, { token, schema: MatchListSchema }),
  choose: (id: string, token: string, draftId: string, profileId: string, facilitatorName?: string) =>
    apiRequest(`${recordPath(id, 'drafts', draftId)}/choose`, {
      method: 'POST',
      token,
      body: { profileId, facilitatorName },
      schema: ChooseMentorResponseSchema,
    }),
  /** The facilitator's grants of the programme's boards to its network's coordinator. */
  grants: (programmeId: string, token: string) =>
    apiRequest(grantsPath(programmeId), { token, schema: BoardGrantListSchema }),
  setGrant: (programmeId: string, token: string, boardId: string, granted: boolean) =>
    apiRequest(`${grantsPath(programmeId)}/${encodeURIComponent(boardId)}`, {
      method: granted ? 'PUT' : 'DELETE',
      token,
      schema: z.unknown(),
    }),
};

/** Network links kept on this device, one per network (like programme sessions). */
export function rememberNetwork(id: string, token: string): void {
  try {
    const known = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, string>;
    localStorage.setItem(KEY, JSON.stringify({ ...known, [id]: token }));
  } catch {
    // Storage full or disabled: the link works for this page only.
  }
}

export function networkToken(id: string): string | null {
  try {
    const known = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    const token = known[id];
    return typeof token === 'string' && token.length > 0 ? token : null;
  } catch {
    return null;
  }
}
