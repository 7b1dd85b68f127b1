import { describe, expect, it } from 'vitest';
import { OVERLAP_STEP, rankCandidates, scoreMatch, WEIGHTS } from './matching.js';
import {
  type MentorProfileInput,
  MentorProfileInputSchema,
  type NeedsInput,
  NeedsInputSchema,
} from './profiles.js';

const needs: NeedsInput = NeedsInputSchema.parse({
  city: 'Larissa',
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
  challenge: 'Οι νέοι μετανάστες δεν βρίσκουν μαθήματα γλώσσας κοντά στο σπίτι τους.',
  learningFromOthers: '',
});

const profile = (
  city: string,
  patch: Partial<MentorProfileInput>,
): { id: string; profile: MentorProfileInput } => ({
  id: `id-${city}`,
  profile: MentorProfileInputSchema.parse({
    city,
    country: '',
    language: 'en',
    context: { population: 1_000_000, migrantSharePercent: 40, governmentLevel: 'region', languages: ['de'] },
    experienceAreas: ['housing'],
    strengthFactors: [],
    topics: [],
    goodPractices: [],
    experience: '',
    transferablePractices: '',
    localContext: '',
    nationalContext: '',
    ...patch,
  }),
});

describe('scoreMatch', () => {
  it('explains each component with what matched', () => {
    const score = scoreMatch(
      needs,
      profile('Ghent', {
        experienceAreas: ['language-learning'],
        strengthFactors: ['volunteering'],
        goodPractices: [{ title: 'Welcome desk', description: '', themes: [], keyFactors: ['one-door'] }],
      }).profile,
    );
    const line = (component: string) => score.lines.find((l) => l.component === component);
    expect(line('theme')).toMatchObject({ points: WEIGHTS.theme, matched: ['language-learning'] });
    expect(line('factorStrength')).toMatchObject({
      points: WEIGHTS.factorStrength,
      matched: ['volunteering'],
    });
    expect(line('factorPractice')).toMatchObject({ points: WEIGHTS.factorPractice, matched: ['one-door'] });
    expect(line('topic')).toMatchObject({ points: 0, matched: [] });
    expect(score.overlap).toBe(55);
    expect(score.total).toBe(score.overlap + score.similarity + score.text);
  });

  it('keeps similarity and text together below one overlap step', () => {
    const twin = profile('Twin', {
      language: 'el',
      context: needs.context,
      experience: needs.challenge,
      experienceAreas: ['housing'],
      topics: ['youth'],
    });
    const score = scoreMatch(needs, twin.profile);
    expect(score.similarity + score.text).toBeLessThan(OVERLAP_STEP);
    expect(score.similarity).toBe(
      WEIGHTS.population + WEIGHTS.migrantShare + WEIGHTS.government + WEIGHTS.language,
    );
  });

  it('gives free text nothing when the structured fields do not overlap', () => {
    const wordy = profile('Wordy', { language: 'el', experience: needs.challenge });
    const score = scoreMatch(needs, wordy.profile);
    expect(score.overlap).toBe(0);
    expect(score.text).toBe(0);
  });

  it('scores structured fields the same whatever the languages of the texts', () => {
    const fields = {
      experienceAreas: ['language-learning' as const],
      strengthFactors: ['volunteering' as const],
    };
    const spanish = profile('Madrid', {
      ...fields,
      language: 'es',
      experience: 'Voluntariado lingüístico en barrios',
    });
    const latvian = profile('Riga', {
      ...fields,
      language: 'lv',
      experience: 'Valodas brīvprātīgie apkaimēs',
    });
    const a = scoreMatch(needs, spanish.profile);
    const b = scoreMatch(
      { ...needs, language: 'fr', challenge: 'Les jeunes ne trouvent pas de cours.' },
      latvian.profile,
    );
    expect(a.overlap).toBe(b.overlap);
    expect(a.similarity).toBe(b.similarity);
    expect(a.lines.filter((l) => l.kind !== 'text')).toEqual(b.lines.filter((l) => l.kind !== 'text'));
  });
});

describe('rankCandidates', () => {
  it('puts a clear best match first', () => {
    const best = profile('Best', {
      experienceAreas: ['language-learning'],
      strengthFactors: ['volunteering', 'one-door'],
      topics: ['youth'],
    });
    const some = profile('Some', { experienceAreas: ['language-learning'] });
    const none = profile('None', {});
    const ranked = rankCandidates(needs, [none, some, best]);
    expect(ranked.map((r) => r.profile.profile.city)).toEqual(['Best', 'Some', 'None']);
  });

  it('never lets profile similarity outrank needs–strengths overlap', () => {
    // Same size, migrant share, level and language, and the same words, but only one topic less.
    const lookalike = profile('Lookalike', {
      language: 'el',
      context: needs.context,
      experience: needs.challenge,
      experienceAreas: ['language-learning'],
    });
    const distant = profile('Distant', { experienceAreas: ['language-learning'], topics: ['youth'] });
    const ranked = rankCandidates(needs, [lookalike, distant]);
    expect(ranked.map((r) => r.profile.profile.city)).toEqual(['Distant', 'Lookalike']);
    expect(ranked[1]?.score.similarity).toBeGreaterThan(ranked[0]?.score.similarity ?? Infinity);
  });

  it('leaves the mentee city out and orders ties the same way every time', () => {
    const ranked = rankCandidates(needs, [
      profile('Zagreb', {}),
      profile('larissa', {}),
      profile('Athens', {}),
    ]);
    expect(ranked.map((r) => r.profile.profile.city)).toEqual(['Athens', 'Zagreb']);
  });
});
