import type { MentorProfile, Network } from '@mentoring/shared/network/network';
import { NetworkRecordIdSchema } from '@mentoring/shared/network/network';
import { MentorProfileInputSchema } from '@mentoring/shared/network/profiles';
import { NetworkIdSchema } from '@mentoring/shared/schema/ids';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../auth/ids.js';
import type { NetworkStore } from './network-store.js';

/** What an adapter's test gives the suite: a store on fresh data, and where a text can be found. */
export interface NetworkStoreFixture {
  store: NetworkStore;
  traces: (text: string) => Promise<string[]>;
  cleanup: () => Promise<void>;
}

const now = '2026-03-01T10:00:00.000Z';

export function sampleNetwork(marker = `n${newId()}`): Network {
  return { id: NetworkIdSchema.parse(newId()), name: `Network ${marker}`, language: 'en', createdAt: now };
}

export function sampleProfile(network: Network, city: string): MentorProfile {
  return {
    id: NetworkRecordIdSchema.parse(newId()),
    networkId: network.id,
    createdAt: now,
    updatedAt: now,
    profile: MentorProfileInputSchema.parse({
      city,
      country: 'Spain',
      language: 'es',
      context: {
        population: 200_000,
        migrantSharePercent: 12,
        governmentLevel: 'municipality',
        languages: ['es'],
      },
      experienceAreas: ['housing'],
      strengthFactors: ['coordination'],
      topics: [],
      goodPractices: [],
      experience: `Experience of ${city}`,
      transferablePractices: '',
      localContext: '',
      nationalContext: '',
    }),
  };
}

/** The behaviour every {@link NetworkStore} adapter must have. */
export function networkStoreContract(name: string, open: () => Promise<NetworkStoreFixture>): void {
  describe(`network store contract: ${name}`, () => {
    let fixture: NetworkStoreFixture | null = null;
    const start = async () => {
      fixture = await open();
      return fixture;
    };
    afterEach(async () => {
      await fixture?.cleanup();
      fixture = null;
    });

    it('stores a network and its records, each network apart', async () => {
      const { store } = await start();
      const a = sampleNetwork();
      const b = sampleNetwork();
      await store.createNetwork(a);
      await store.createNetwork(b);
      expect(await store.getNetwork(a.id)).toEqual(a);
      await expect(store.createNetwork(a)).rejects.toThrow();
      const pa = sampleProfile(a, 'Valencia');
      expect(await store.put('profile', pa)).toBe(true);
      expect(await store.put('profile', sampleProfile(b, 'Bilbao'))).toBe(true);
      expect(await store.list('profile', a.id)).toEqual([pa]);
      expect(await store.get('profile', a.id, pa.id)).toEqual(pa);
      expect(await store.get('profile', b.id, pa.id)).toBeNull();
      const changed = { ...pa, profile: { ...pa.profile, experience: 'new' } };
      expect(await store.put('profile', changed)).toBe(true);
      expect(await store.list('profile', a.id)).toEqual([changed]);
      expect(await store.remove('profile', a.id, pa.id)).toBe(true);
      expect(await store.remove('profile', a.id, pa.id)).toBe(false);
      expect(await store.list('profile', a.id)).toEqual([]);
    });

    it('creates a record only once, however many writers race for it', async () => {
      const { store } = await start();
      const network = sampleNetwork();
      await store.createNetwork(network);
      const claim = (at: string) => ({
        id: NetworkRecordIdSchema.parse('community-claim-0000000000'),
        networkId: network.id,
        claimedAt: at,
        programmeId: null,
      });
      const times = ['2026-03-01T10:00:00.001Z', '2026-03-01T10:00:00.002Z', '2026-03-01T10:00:00.003Z'];
      const results = await Promise.all(times.map((at) => store.putNew('communityStart', claim(at))));
      expect(results.filter(Boolean)).toHaveLength(1);
      // The winner's record is the one kept, never overwritten by a loser.
      const kept = await store.get('communityStart', network.id, claim(now).id);
      expect(kept?.claimedAt).toBe(times[results.indexOf(true)]);
      expect(await store.putNew('communityStart', claim(now))).toBe(false);
      expect(await store.putNew('communityStart', { ...claim(now), networkId: sampleNetwork().id })).toBe(
        false,
      );
    });

    it('writes nothing for a network that does not exist', async () => {
      const { store } = await start();
      const ghost = sampleNetwork();
      expect(await store.put('profile', sampleProfile(ghost, 'Nowhere'))).toBe(false);
      expect(await store.list('profile', ghost.id)).toEqual([]);
    });

    it('marks a network deleting, then erases every trace of it', async () => {
      const { store, traces } = await start();
      const marker = `erase${newId()}`;
      const network = sampleNetwork(marker);
      await store.createNetwork(network);
      await store.put('profile', sampleProfile(network, `City ${marker}`));
      expect(await store.markDeleting(network.id, now)).toBe(true);
      expect((await store.getNetwork(network.id))?.deletingAt).toBe(now);
      await store.deleteNetwork(network.id);
      expect(await store.getNetwork(network.id)).toBeNull();
      expect(await store.list('profile', network.id)).toEqual([]);
      expect(await store.markDeleting(network.id, now)).toBe(false);
      expect(await traces(marker)).toEqual([]);
    });

    it('gives a lease to one holder at a time, even when asked at once', async () => {
      const { store } = await start();
      const network = sampleNetwork();
      await store.createNetwork(network);
      const asks = ['a', 'b', 'c', 'd'].map((holder) => store.lease(network.id, 'draft-1', holder, 60_000));
      const taken = await Promise.all(asks);
      expect(taken.filter(Boolean)).toHaveLength(1);
      const winner = ['a', 'b', 'c', 'd'][taken.indexOf(true)] ?? '';
      const other = winner === 'a' ? 'b' : 'a';
      expect(await store.lease(network.id, 'draft-1', winner, 60_000)).toBe(true);
      expect(await store.lease(network.id, 'draft-2', other, 60_000)).toBe(true);
      // Another holder's release does not end it; the holder's own does.
      await store.release(network.id, 'draft-1', other);
      expect(await store.lease(network.id, 'draft-1', other, 60_000)).toBe(false);
      await store.release(network.id, 'draft-1', winner);
      expect(await store.lease(network.id, 'draft-1', other, 60_000)).toBe(true);
      // A lease ends by itself: a node that died holding it blocks no one for long.
      expect(await store.lease(network.id, 'short', 'a', 50)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await store.lease(network.id, 'short', 'b', 60_000)).toBe(true);
      expect(await store.lease(sampleNetwork().id, 'draft-1', 'a', 60_000)).toBe(false);
    });
  });
}
