import type { Community, CommunityCity, CommunityInput } from '@mentoring/shared/network/community';
import { NetworkRecordIdSchema } from '@mentoring/shared/network/network';
import type { BoardKind } from '@mentoring/shared/schema/board';
import type { NetworkId } from '@mentoring/shared/schema/ids';
import { newId } from '../auth/ids.js';

/** A community as planned, not yet started. */
export function newCommunity(networkId: NetworkId, input: CommunityInput, now: string): Community {
  return {
    id: NetworkRecordIdSchema.parse(newId()),
    networkId,
    ...input,
    createdAt: now,
    programmeId: null,
    startedAt: null,
  };
}

/** One board of a community's space: shared by all, or one city's own. */
export interface CommunityBoardPlan {
  kind: BoardKind;
  title: string;
  /** The city whose board it is; absent for a shared board. */
  city?: CommunityCity;
}

// Board titles are at most 120 characters; a long city name is cut, never the kind's word.
const titled = (what: string, city: string) => `${what} — ${city}`.slice(0, 120);

/**
 * The boards a community starts with (the guide's multilateral adaptation): a shared canvas and
 * good-practice board, then each city's own needs analysis, strengths and action plan, since every
 * city both learns and shares. Titles are in English like every board a server makes; people rename.
 */
export function communityBoards(community: Community): CommunityBoardPlan[] {
  return [
    { kind: 'canvas', title: titled('Shared board', community.topic) },
    { kind: 'good-practice', title: titled('Good practices', community.topic) },
    ...community.cities.flatMap((city): CommunityBoardPlan[] => [
      { kind: 'needs-analysis', title: titled('Needs analysis', city.city), city },
      { kind: 'mentor-strengths', title: titled('Strengths', city.city), city },
      { kind: 'action-plan', title: titled('Action plan', city.city), city },
    ]),
  ];
}
