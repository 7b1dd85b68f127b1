import type { Community } from './community.js';
import { type MatchScore, rankCandidates } from './matching.js';
import type { Draft, MentorProfile } from './network.js';

/** One other city of the group, ranked for one city's needs, with its explained score. */
export interface CommunityHelper {
  city: string;
  score: MatchScore;
}

/** For one city of the community: who in the group can help with its needs. */
export interface CommunityNeedMatches {
  city: string;
  /** False when the city has no needs analysis in the network's structured form yet. */
  hasNeeds: boolean;
  /** The other cities of the group that have a mentor profile, best helper first. */
  helpers: CommunityHelper[];
  /** Other cities of the group with no profile yet: they cannot be scored. */
  withoutProfile: string[];
}

const key = (city: string) => city.trim().toLocaleLowerCase();

/** The newest record per city (by `stamp`), among those whose city is in `cities`. */
function newestByCity<T>(
  records: readonly T[],
  cityOf: (r: T) => string,
  stamp: (r: T) => string,
  cities: ReadonlySet<string>,
): Map<string, T> {
  const byCity = new Map<string, T>();
  for (const record of records) {
    const city = key(cityOf(record));
    if (!cities.has(city)) continue;
    const held = byCity.get(city);
    if (!held || stamp(record) > stamp(held)) byCity.set(city, record);
  }
  return byCity;
}

/**
 * The matching view inside a community of practice ("who here can help with this need"): for each
 * member city, the other cities of the group ranked by the network's own score (matching.ts), so the
 * same structured fields decide and the same "why" lines explain. A city's needs are its newest needs
 * analysis in the network and its strengths its newest mentor profile, both matched to the member by
 * city name; cities outside the group are never candidates, and a city is never its own helper.
 */
export function rankWithinCommunity(
  community: Pick<Community, 'cities'>,
  profiles: readonly MentorProfile[],
  drafts: readonly Draft[],
): CommunityNeedMatches[] {
  const members = new Set(community.cities.map((c) => key(c.city)));
  const profileOf = newestByCity(
    profiles,
    (p) => p.profile.city,
    (p) => p.updatedAt,
    members,
  );
  const needsOf = newestByCity(
    drafts,
    (d) => d.needs.city,
    (d) => d.createdAt,
    members,
  );
  return community.cities.map(({ city }) => {
    const others = community.cities.filter((c) => key(c.city) !== key(city));
    const candidates = others.flatMap((c) => profileOf.get(key(c.city)) ?? []);
    const withoutProfile = others.filter((c) => !profileOf.has(key(c.city))).map((c) => c.city);
    const draft = needsOf.get(key(city));
    if (!draft) return { city, hasNeeds: false, helpers: [], withoutProfile };
    // The community's spelling of the city, so the view names cities as the group does.
    const nameOf = (p: MentorProfile) =>
      others.find((c) => key(c.city) === key(p.profile.city))?.city ?? p.profile.city;
    // What the group wrote when planning the community (its wishes, the others' practices) joins the
    // free text of the score: it may add a little where the structured fields already meet, never decide.
    const wishes = community.cities.find((c) => key(c.city) === key(city))?.topics ?? '';
    const needs = { ...draft.needs, learningFromOthers: `${draft.needs.learningFromOthers}\n${wishes}` };
    const shares = (p: MentorProfile) =>
      others.find((c) => key(c.city) === key(p.profile.city))?.goodPractices ?? '';
    const offers = candidates.map((p) => ({
      ...p,
      profile: { ...p.profile, transferablePractices: `${p.profile.transferablePractices}\n${shares(p)}` },
    }));
    const helpers = rankCandidates(needs, offers).map((m) => ({
      city: nameOf(m.profile),
      score: m.score,
    }));
    return { city, hasNeeds: true, helpers, withoutProfile };
  });
}
