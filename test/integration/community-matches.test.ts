import {
  CommunityMatchesResponseSchema,
  StartCommunityResponseSchema,
} from '@mentoring/shared/network/community-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createProgramme, expectOk } from '../helpers/access.js';
import { buildTestApp, type InProcessApp } from '../helpers/in-process-app.js';
import {
  communityInput,
  createNetwork,
  mentorProfile,
  needs,
  openDraft,
  planCommunity,
  publishProfile,
  startCommunity,
  tokenOf,
} from '../helpers/network.js';

/** The matching view inside a community (issue 15, item 5): ranked helpers, members only. */
describe('community matches', () => {
  let inProcess: InProcessApp;
  let base: string;

  beforeAll(async () => {
    inProcess = await buildTestApp();
    base = await inProcess.app.fastify.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await inProcess?.close();
  });

  /** A started community of `cities` in a new network; the facilitator's token. */
  async function community(cities: string[]) {
    const network = await createNetwork(base, 'Matches');
    const id = network.network.id;
    const planned = await planCommunity(
      base,
      network.token,
      id,
      communityInput('Cafés', 'Languages', cities),
    );
    const started = StartCommunityResponseSchema.parse(
      (await startCommunity(base, network.token, id, planned.community.id)).body,
    );
    return { network, id, programmeId: started.programme.id, token: tokenOf(started.facilitatorLink) };
  }

  it('ranks the other cities of the group for each city, best helper first, with the why', async () => {
    const made = await community(['Larissa', 'Málaga', 'Gent', 'Riga']);
    const { network, id } = made;
    await openDraft(base, network.token, id, 'Larissa needs', needs('Larissa', 'Language classes'));
    await publishProfile(
      base,
      network.token,
      id,
      mentorProfile('Málaga', { experienceAreas: ['language-learning'], strengthFactors: ['volunteering'] }),
    );
    await publishProfile(base, network.token, id, mentorProfile('Gent', { experienceAreas: ['housing'] }));
    await publishProfile(
      base,
      network.token,
      id,
      mentorProfile('Larissa', { experienceAreas: ['language-learning'], strengthFactors: ['one-door'] }),
    );
    // A city of the network outside the group is never a candidate, however well it fits.
    await publishProfile(
      base,
      network.token,
      id,
      mentorProfile('Vienna', {
        experienceAreas: ['language-learning'],
        strengthFactors: ['volunteering', 'one-door'],
        topics: ['youth'],
      }),
    );

    const view = await expectOk(
      CommunityMatchesResponseSchema,
      200,
      call(base, 'GET', `/api/programmes/${made.programmeId}/community-matches`, { token: made.token }),
    );
    expect(view.community).toEqual({ title: 'Cafés', topic: 'Languages' });
    expect(view.cities.map((c) => c.city)).toEqual(['Larissa', 'Málaga', 'Gent', 'Riga']);
    const larissa = view.cities[0];
    expect(larissa?.hasNeeds).toBe(true);
    expect(larissa?.helpers.map((h) => h.city)).toEqual(['Málaga', 'Gent']);
    expect(larissa?.withoutProfile).toEqual(['Riga']);
    const why = larissa?.helpers[0]?.score.lines.filter((l) => l.kind === 'overlap' && l.points > 0);
    expect(why?.map((l) => [l.component, l.matched])).toEqual([
      ['theme', ['language-learning']],
      ['factorStrength', ['volunteering']],
    ]);
    expect(view.cities[1]).toMatchObject({ city: 'Málaga', hasNeeds: false, helpers: [] });
    // Only names and score lines leave the server: no profile or needs analysis whole.
    expect(JSON.stringify(view)).not.toContain('Language classes');
    expect(JSON.stringify(view)).not.toContain('Vienna');
  });

  it('answers only members of the community programme', async () => {
    const made = await community(['Larissa', 'Málaga', 'Gent']);
    await openDraft(base, made.network.token, made.id, 'Secret', needs('Larissa', 'A secret challenge'));
    const path = `/api/programmes/${made.programmeId}/community-matches`;
    const refused = (status: number, body: unknown) => {
      expect(status).toBeGreaterThanOrEqual(401);
      expect(status).toBeLessThanOrEqual(404);
      expect(JSON.stringify(body)).not.toContain('Larissa');
    };

    const anonymous = await call(base, 'GET', path);
    refused(anonymous.status, anonymous.body);
    expect(anonymous.status).toBe(401);

    // A member of another community, in another network.
    const other = await community(['Riga', 'Gent', 'Bari']);
    const stranger = await call(base, 'GET', path, { token: other.token });
    refused(stranger.status, stranger.body);
    expect(stranger.status).toBe(403);

    // The network's coordinator is not a member of the programme.
    const coordinator = await call(base, 'GET', path, { token: made.network.token });
    refused(coordinator.status, coordinator.body);
    expect(coordinator.status).toBe(401);

    // A programme that is no community has no such view.
    const plain = await createProgramme(base);
    const notCommunity = await call(base, 'GET', `/api/programmes/${plain.programme.id}/community-matches`, {
      token: tokenOf(plain.facilitatorLink),
    });
    expect(notCommunity.status).toBe(404);
  });
});
