import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NetworkInvite, NetworkInviteIdSchema } from '@mentoring/shared/network/network';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../auth/ids.js';
import { createNetworkNotices, type NoticeSink, withNotices } from './network-notices.js';
import { networkStoreContract, sampleNetwork, sampleProfile } from './network-store-contract.js';
import { createSqliteNetworkStore } from './sqlite-network-store.js';

/** A sink that writes down what it was told. */
function recorder(): NoticeSink & { heard: string[] } {
  const heard: string[] = [];
  return {
    heard,
    changed: (networkId, topic) => heard.push(`changed ${networkId} ${topic}`),
    revoked: (networkId, inviteId) => heard.push(`revoked ${networkId} ${inviteId}`),
    erased: (networkId) => heard.push(`erased ${networkId}`),
  };
}

async function openStore() {
  const dir = await mkdtemp(join(tmpdir(), 'network-notices-'));
  const inner = await createSqliteNetworkStore({ dir });
  return { inner, dir };
}

// Telling of changes must not change what the store does.
networkStoreContract('sqlite with notices', async () => {
  const { inner, dir } = await openStore();
  const store = withNotices(inner, recorder());
  return {
    store,
    traces: async () => [],
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describe('network notices', () => {
  let cleanup: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await cleanup?.();
    cleanup = null;
  });

  it('tells of every write that took effect, by topic, after it is stored', async () => {
    const { inner, dir } = await openStore();
    cleanup = async () => {
      await inner.close();
      await rm(dir, { recursive: true, force: true });
    };
    const sink = recorder();
    const notices = createNetworkNotices();
    const store = withNotices(inner, notices);
    const network = sampleNetwork();
    await store.createNetwork(network);
    const profile = sampleProfile(network, 'Málaga');

    // Nothing is attached yet: notices go nowhere, writes still work.
    expect(await store.put('profile', profile)).toBe(true);
    notices.attach(sink);

    expect(await store.put('profile', { ...profile, updatedAt: '2026-03-02T10:00:00.000Z' })).toBe(true);
    expect(sink.heard).toEqual([`changed ${network.id} profiles`]);
    // The notice comes after the write: the record is there to be read.
    expect((await store.get('profile', network.id, profile.id))?.updatedAt).toBe('2026-03-02T10:00:00.000Z');

    sink.heard.length = 0;
    expect(await store.putNew('profile', profile)).toBe(false);
    expect(await store.remove('profile', network.id, 'no-such-record')).toBe(false);
    const elsewhere = sampleNetwork();
    expect(await store.put('profile', sampleProfile(elsewhere, 'Ghent'))).toBe(false);
    expect(sink.heard).toEqual([]);

    expect(await store.remove('profile', network.id, profile.id)).toBe(true);
    const invite: NetworkInvite = {
      id: NetworkInviteIdSchema.parse(newId()),
      networkId: network.id,
      role: 'association-staff',
      label: 'Staff',
      createdAt: '2026-03-01T10:00:00.000Z',
      expiresAt: '2027-03-01T10:00:00.000Z',
      revokedAt: null,
    };
    expect(await store.put('invite', invite)).toBe(true);
    expect(await store.put('invite', { ...invite, revokedAt: '2026-03-03T10:00:00.000Z' })).toBe(true);
    await store.markDeleting(network.id, '2026-03-04T10:00:00.000Z');
    expect(sink.heard).toEqual([
      `changed ${network.id} profiles`,
      `revoked ${network.id} ${invite.id}`,
      `erased ${network.id}`,
    ]);
  });
});
