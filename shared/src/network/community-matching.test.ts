import { describe, expect, it } from 'vitest';
import { rankWithinCommunity } from './community-matching.js';
import { type Draft, DraftSchema, type MentorProfile, MentorProfileSchema } from './network.js';
import type { MentorProfileInput, NeedsInput } from './profiles.js';

const at = '2026-01-01T00:00:00.000Z';
const context = {
  population: 200_000,
  migrantSharePercent: 10,
  governmentLevel: 'municipality',
  languages: ['en'],
} as const;

const profile = (city: string, patch: Partial<MentorProfileInput> = {}): MentorProfile =>
  MentorProfileSchema.parse({
    id: `profile-${city}`.padEnd(24, '_'),
    networkId: 'network-1'.padEnd(24, '_'),
    createdAt: at,
    updatedAt: at,
    profile: {
      city,
      country: '',
      language: 'en',
      context,
      experienceAreas: ['health'],
      strengthFactors: [],
      topics: [],
      goodPractices: [],
      experience: '',
      transferablePractices: '',
      localContext: '',
      nationalContext: '',
      ...patch,
    },
  });

const draft = (city: string, patch: Partial<NeedsInput> = {}): Draft =>
  DraftSchema.parse({
    id: `draft-${city}`.padEnd(24, '_'),
    networkId: 'network-1'.padEnd(24, '_'),
    title: `Needs of ${city}`,
    createdAt: at,
    programmeId: null,
    mentorProfileId: null,
    needs: {
      city,
      language: 'en',
      context,
      theme: 'housing',
      gapFactors: ['one-door'],
      topics: [],
      challenge: 'Finding homes',
      learningFromOthers: '',
      ...patch,
    },
  });

const cities = (...names: string[]) => ({
  cities: names.map((city) => ({ city, goodPractices: '', topics: '' })),
});

describe('rankWithinCommunity', () => {
  it('never matches a city to itself, even when its own profile is the best fit', () => {
    const strong = { experienceAreas: ['housing' as const], strengthFactors: ['one-door' as const] };
    const result = rankWithinCommunity(
      cities('Ghent', 'Riga', 'Larissa'),
      [profile('Ghent', strong), profile('Riga'), profile('Larissa')],
      [draft('Ghent'), draft('Riga'), draft('Larissa')],
    );
    for (const row of result) {
      expect(row.hasNeeds).toBe(true);
      expect(row.helpers.map((h) => h.city)).not.toContain(row.city);
      expect(row.helpers).toHaveLength(2);
    }
    const ghent = result.find((r) => r.city === 'Ghent');
    expect(ghent?.helpers.map((h) => h.city).sort()).toEqual(['Larissa', 'Riga']);
  });

  it('ranks the clear best helper first and explains why with the network score lines', () => {
    const result = rankWithinCommunity(
      cities('Larissa', 'Ghent', 'Riga', 'Bari'),
      [
        profile('Ghent', { experienceAreas: ['employment'] }),
        profile('Riga', { experienceAreas: ['housing'], strengthFactors: ['one-door'] }),
        profile('Bari', { experienceAreas: ['housing'] }),
      ],
      [draft('Larissa')],
    );
    const larissa = result[0];
    expect(larissa?.helpers.map((h) => h.city)).toEqual(['Riga', 'Bari', 'Ghent']);
    const why = larissa?.helpers[0]?.score.lines.filter((l) => l.kind === 'overlap' && l.points > 0);
    expect(why?.map((l) => [l.component, l.matched])).toEqual([
      ['theme', ['housing']],
      ['factorStrength', ['one-door']],
    ]);
  });

  it('leaves out cities outside the group and says which members cannot be scored yet', () => {
    const result = rankWithinCommunity(
      cities('Larissa', 'ghent', 'Riga'),
      [
        profile('Ghent', { experienceAreas: ['housing'] }),
        profile('Vienna', { experienceAreas: ['housing'] }),
      ],
      [draft('Larissa'), draft('Vienna')],
    );
    expect(result.map((r) => r.city)).toEqual(['Larissa', 'ghent', 'Riga']);
    expect(result[0]?.helpers.map((h) => h.city)).toEqual(['ghent']);
    expect(result[0]?.withoutProfile).toEqual(['Riga']);
    expect(result[1]).toMatchObject({ hasNeeds: false, helpers: [], withoutProfile: ['Larissa', 'Riga'] });
  });

  it('uses the newest needs analysis and profile of a city', () => {
    const older = draft('Larissa', { theme: 'health' });
    const newer = {
      ...draft('Larissa'),
      id: 'draft-newer'.padEnd(24, '_'),
      createdAt: '2026-02-01T00:00:00.000Z',
    } as Draft;
    const oldRiga = profile('Riga', { experienceAreas: ['housing'] });
    const newRiga = {
      ...profile('Riga', { experienceAreas: ['reception'] }),
      id: 'profile-new'.padEnd(24, '_'),
      updatedAt: '2026-03-01T00:00:00.000Z',
    } as MentorProfile;
    const [larissa] = rankWithinCommunity(
      cities('Larissa', 'Riga', 'Bari'),
      [oldRiga, newRiga],
      [newer, older],
    );
    expect(larissa?.helpers).toHaveLength(1);
    expect(larissa?.helpers[0]?.score.overlap).toBe(0);
  });

  it("lets the group's own words add a little where structured fields meet, never decide alone", () => {
    const community = {
      cities: [
        { city: 'Larissa', goodPractices: '', topics: 'volunteer tutoring for teenagers' },
        { city: 'Riga', goodPractices: 'volunteer tutoring network', topics: '' },
        { city: 'Bari', goodPractices: 'volunteer tutoring network', topics: '' },
      ],
    };
    const [larissa] = rankWithinCommunity(
      community,
      [profile('Riga', { experienceAreas: ['housing'] }), profile('Bari', { experienceAreas: ['health'] })],
      [draft('Larissa')],
    );
    const riga = larissa?.helpers.find((h) => h.city === 'Riga');
    const bari = larissa?.helpers.find((h) => h.city === 'Bari');
    expect(riga?.score.lines.find((l) => l.component === 'text')?.matched).toEqual(['tutoring', 'volunteer']);
    // Bari's words match as well, but without a structured overlap they count for nothing.
    expect(bari?.score.text).toBe(0);
    expect(larissa?.helpers[0]?.city).toBe('Riga');
  });
});
