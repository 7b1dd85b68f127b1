import {
  ChooseMentorResponseSchema,
  CreateNetworkResponseSchema,
  DraftResponseSchema,
  NetworkInviteResponseSchema,
  ProfileResponseSchema,
} from '@mentoring/shared/network/api';
import type { CommunityInput } from '@mentoring/shared/network/community';
import { CommunityResponseSchema } from '@mentoring/shared/network/community-api';
import type { MentorProfileInput, NeedsInput } from '@mentoring/shared/network/profiles';
import { call, expectOk } from './access.js';

/** A city's mentor profile with the given strengths (everything else plain). */
export function mentorProfile(city: string, patch: Partial<MentorProfileInput> = {}): MentorProfileInput {
  return {
    city,
    country: 'Spain',
    language: 'es',
    context: {
      population: 300_000,
      migrantSharePercent: 15,
      governmentLevel: 'municipality',
      languages: ['es', 'en'],
    },
    experienceAreas: ['housing'],
    strengthFactors: [],
    topics: [],
    goodPractices: [],
    experience: '',
    transferablePractices: '',
    localContext: '',
    nationalContext: '',
    ...patch,
  };
}

/** A needs analysis of `city` on language learning, lacking volunteering and one door. */
export function needs(city: string, challenge: string): NeedsInput {
  return {
    city,
    language: 'el',
    context: {
      population: 160_000,
      migrantSharePercent: 8,
      governmentLevel: 'municipality',
      languages: ['el', 'en'],
    },
    theme: 'language-learning',
    gapFactors: ['volunteering', 'one-door'],
    topics: ['youth'],
    challenge,
    learningFromOthers: '',
  };
}

export const createNetwork = (base: string, name = 'Network') =>
  expectOk(
    CreateNetworkResponseSchema,
    201,
    call(base, 'POST', '/api/networks', { body: { name, language: 'en' } }),
  );

export const networkInvite = (base: string, token: string, networkId: string, role = 'association-staff') =>
  expectOk(
    NetworkInviteResponseSchema,
    201,
    call(base, 'POST', `/api/networks/${networkId}/invites`, { token, body: { role, label: 'A city' } }),
  );

export const publishProfile = (base: string, token: string, networkId: string, profile: MentorProfileInput) =>
  expectOk(
    ProfileResponseSchema,
    201,
    call(base, 'POST', `/api/networks/${networkId}/profiles`, { token, body: { profile } }),
  );

export const openDraft = (base: string, token: string, networkId: string, title: string, input: NeedsInput) =>
  expectOk(
    DraftResponseSchema,
    201,
    call(base, 'POST', `/api/networks/${networkId}/drafts`, { token, body: { title, needs: input } }),
  );

export const chooseMentor = (
  base: string,
  token: string,
  networkId: string,
  draftId: string,
  profileId: string,
) =>
  expectOk(
    ChooseMentorResponseSchema,
    201,
    call(base, 'POST', `/api/networks/${networkId}/drafts/${draftId}/choose`, { token, body: { profileId } }),
  );

/** The token carried in a link's fragment. */
export const tokenOf = (link: string) => decodeURIComponent(new URL(link).hash.replace(/^#token=/, ''));

/** A community of `cities` around `topic` (each city shares one practice and wants one topic). */
export function communityInput(title: string, topic: string, cities: readonly string[]): CommunityInput {
  return {
    title,
    topic,
    language: 'en',
    cities: cities.map((city) => ({
      city,
      goodPractices: `What ${city} shares`,
      topics: `What ${city} wants to learn`,
    })),
  };
}

export const planCommunity = (base: string, token: string, networkId: string, community: CommunityInput) =>
  expectOk(
    CommunityResponseSchema,
    201,
    call(base, 'POST', `/api/networks/${networkId}/communities`, { token, body: { community } }),
  );

/** Starts a community; the raw response, since a racing start is expected to get 409. */
export const startCommunity = (base: string, token: string, networkId: string, communityId: string) =>
  call(base, 'POST', `/api/networks/${networkId}/communities/${communityId}/start`, { token, body: {} });

/**
 * A network whose staff published two mentor profiles (`good` strong in what the draft lacks, `other`
 * the default) and opened a mentee's draft `title` from `menteeCity`.
 */
export async function networkOfTwoMentors(
  base: string,
  name: string,
  cities: { good: string; other: string; menteeCity: string; title: string; challenge: string },
) {
  const created = await createNetwork(base, name);
  const id = created.network.id;
  const staff = await networkInvite(base, created.token, id);
  const good = await publishProfile(
    base,
    staff.token,
    id,
    mentorProfile(cities.good, { experienceAreas: ['language-learning'], strengthFactors: ['volunteering'] }),
  );
  await publishProfile(base, staff.token, id, mentorProfile(cities.other));
  const { draft } = await openDraft(
    base,
    staff.token,
    id,
    cities.title,
    needs(cities.menteeCity, cities.challenge),
  );
  return { created, id, staff, good, draft };
}
