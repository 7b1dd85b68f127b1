import { NetworkSessionResponseSchema } from '@mentoring/shared/network/api';
import type { CommunityInput } from '@mentoring/shared/network/community';
import {
  CommunityListSchema,
  CommunityResponseSchema,
  StartCommunityResponseSchema,
} from '@mentoring/shared/network/community-api';
import { apiRequest } from '../api/http';

const communitiesPath = (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/communities`;

/** The calls of the communities page (shapes from `@mentoring/shared/network/community-api`). */
export const communityApi = {
  session: (networkId: string, token: string) =>
    apiRequest(`/api/networks/${encodeURIComponent(networkId)}`, {
      token,
      schema: NetworkSessionResponseSchema,
    }),
  list: (networkId: string, token: string) =>
    apiRequest(communitiesPath(networkId), { token, schema: CommunityListSchema }),
  create: (networkId: string, token: string, community: CommunityInput) =>
    apiRequest(communitiesPath(networkId), {
      method: 'POST',
      token,
      body: { community },
      schema: CommunityResponseSchema,
    }),
  start: (networkId: string, token: string, communityId: string) =>
    apiRequest(`${communitiesPath(networkId)}/${encodeURIComponent(communityId)}/start`, {
      method: 'POST',
      token,
      body: {},
      schema: StartCommunityResponseSchema,
    }),
};

/** The path of a network's communities page. */
export const communitiesPagePath = (networkId: string) =>
  `/networks/${encodeURIComponent(networkId)}/communities`;
