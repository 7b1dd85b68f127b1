import type { CityContext, MentorProfileInput, NeedsInput } from './profiles.js';

/**
 * Points of each part of a match. Overlap between the mentee's needs and the mentor's strengths
 * comes in steps of at least {@link OVERLAP_STEP}; profile similarity and free text together stay
 * below one step, so a candidate with more overlap always ranks above one with less, whatever their
 * size, migration context, governance or wording.
 */
export const WEIGHTS = {
  theme: 30,
  factorStrength: 15,
  factorPractice: 10,
  topic: 5,
  population: 1.5,
  migrantShare: 1.5,
  government: 1,
  language: 0.5,
  textMax: 0.4,
} as const;
export const OVERLAP_STEP = WEIGHTS.topic;

export const MATCH_COMPONENTS = [
  'theme',
  'factorStrength',
  'factorPractice',
  'topic',
  'population',
  'migrantShare',
  'government',
  'language',
  'text',
] as const;
export type MatchComponent = (typeof MATCH_COMPONENTS)[number];

/** One line of an explanation: what matched (vocabulary ids, languages or words) and its points. */
export interface ScoreLine {
  component: MatchComponent;
  kind: 'overlap' | 'similarity' | 'text';
  points: number;
  matched: string[];
}

/** A candidate's score: overlap first, then similarity and text, each line explained. */
export interface MatchScore {
  overlap: number;
  similarity: number;
  text: number;
  total: number;
  lines: ScoreLine[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/** 1 for equal sizes, falling with the ratio of the two (a tenfold difference scores nothing). */
function sizeCloseness(a: number, b: number): number {
  const ratio = Math.max(a, b) / Math.min(a, b);
  return Math.max(0, 1 - Math.log10(ratio));
}

function similarityLines(need: CityContext, offer: CityContext): ScoreLine[] {
  const shareGap = Math.abs(need.migrantSharePercent - offer.migrantSharePercent);
  const languages = need.languages.filter((l) => offer.languages.includes(l));
  return [
    {
      component: 'population',
      kind: 'similarity',
      points: round(WEIGHTS.population * sizeCloseness(need.population, offer.population)),
      matched: [],
    },
    {
      component: 'migrantShare',
      kind: 'similarity',
      // Within 20 percentage points counts, the closer the more.
      points: round(WEIGHTS.migrantShare * Math.max(0, 1 - shareGap / 20)),
      matched: [],
    },
    {
      component: 'government',
      kind: 'similarity',
      points: need.governmentLevel === offer.governmentLevel ? WEIGHTS.government : 0,
      matched: need.governmentLevel === offer.governmentLevel ? [need.governmentLevel] : [],
    },
    {
      component: 'language',
      kind: 'similarity',
      points: languages.length > 0 ? WEIGHTS.language : 0,
      matched: languages,
    },
  ];
}

/** Words of five letters or more, lower-cased, any script (Greek and Latvian included). */
export function contentWords(text: string): Set<string> {
  const words =
    text
      .toLocaleLowerCase()
      .normalize('NFC')
      .match(/\p{L}{5,}/gu) ?? [];
  return new Set(words);
}

/**
 * Scores one mentor profile for one needs analysis. Pure and deterministic. Free text counts only
 * when the structured fields already overlap, so it can never decide a match alone.
 */
export function scoreMatch(needs: NeedsInput, profile: MentorProfileInput): MatchScore {
  const practiceFactors = new Set(profile.goodPractices.flatMap((p) => p.keyFactors));
  const strong = needs.gapFactors.filter((f) => profile.strengthFactors.includes(f));
  const byPractice = needs.gapFactors.filter((f) => !strong.includes(f) && practiceFactors.has(f));
  const topics = needs.topics.filter((t) => profile.topics.includes(t));
  const theme = profile.experienceAreas.includes(needs.theme);
  const overlapLines: ScoreLine[] = [
    {
      component: 'theme',
      kind: 'overlap',
      points: theme ? WEIGHTS.theme : 0,
      matched: theme ? [needs.theme] : [],
    },
    {
      component: 'factorStrength',
      kind: 'overlap',
      points: strong.length * WEIGHTS.factorStrength,
      matched: strong,
    },
    {
      component: 'factorPractice',
      kind: 'overlap',
      points: byPractice.length * WEIGHTS.factorPractice,
      matched: byPractice,
    },
    { component: 'topic', kind: 'overlap', points: topics.length * WEIGHTS.topic, matched: topics },
  ];
  const overlap = overlapLines.reduce((sum, line) => sum + line.points, 0);
  const similarity = similarityLines(needs.context, profile.context);
  const needWords = contentWords(`${needs.challenge}\n${needs.learningFromOthers}`);
  const offerText = [
    profile.experience,
    profile.transferablePractices,
    ...profile.goodPractices.map((p) => `${p.title} ${p.description}`),
  ];
  const shared = [...contentWords(offerText.join('\n'))].filter((w) => needWords.has(w)).sort();
  const words = overlap > 0 ? shared.slice(0, 8) : [];
  const textLine: ScoreLine = {
    component: 'text',
    kind: 'text',
    points: round(Math.min(WEIGHTS.textMax, words.length * 0.05)),
    matched: words,
  };
  const lines = [...overlapLines, ...similarity, textLine];
  const similar = round(similarity.reduce((sum, line) => sum + line.points, 0));
  return {
    overlap,
    similarity: similar,
    text: textLine.points,
    total: round(overlap + similar + textLine.points),
    lines,
  };
}

/** Code-point order: the same on every machine, whatever its locale. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A ranked candidate. */
export interface RankedMatch<P> {
  profile: P;
  score: MatchScore;
}

/**
 * Ranks candidate profiles for a needs analysis: by overlap, then similarity and text, then city
 * name and id so that equal scores always come out in the same order. The mentee's own city is left out.
 */
export function rankCandidates<P extends { id: string; profile: MentorProfileInput }>(
  needs: NeedsInput,
  candidates: readonly P[],
): RankedMatch<P>[] {
  const own = needs.city.toLocaleLowerCase();
  return candidates
    .filter((c) => c.profile.city.toLocaleLowerCase() !== own)
    .map((profile) => ({ profile, score: scoreMatch(needs, profile.profile) }))
    .sort(
      (a, b) =>
        b.score.overlap - a.score.overlap ||
        b.score.total - a.score.total ||
        compareText(a.profile.profile.city, b.profile.profile.city) ||
        compareText(a.profile.id, b.profile.id),
    );
}
