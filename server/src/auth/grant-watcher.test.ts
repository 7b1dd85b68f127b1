import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InviteIdSchema } from '@mentoring/shared/schema/ids';
import type { Invite } from '@mentoring/shared/schema/invite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleProgramme } from '../programmes/programme-store-contract.js';
import {
  createSqliteProgrammeStore,
  type SqliteProgrammeStore,
} from '../programmes/sqlite-programme-store.js';
import { createConnectionLimiter } from './connection-limit.js';
import { createGrantWatcher, type EndReason, type GrantWatcher } from './grant-watcher.js';
import { newId } from './ids.js';

const log = { debug() {}, info() {}, warn() {}, error() {} };

describe('grant watcher', () => {
  let dir: string | undefined;
  let store: SqliteProgrammeStore | undefined;
  let watcher: GrantWatcher | undefined;
  afterEach(async () => {
    watcher?.close();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function setup() {
    dir = await mkdtemp(join(tmpdir(), 'grant-watcher-'));
    store = await createSqliteProgrammeStore({ dir });
    const programme = sampleProgramme();
    await store.createProgramme(programme);
    const invite: Invite = {
      id: InviteIdSchema.parse(newId()),
      programmeId: programme.id,
      role: 'mentee',
      createdAt: programme.createdAt,
      expiresAt: '2030-01-01T00:00:00.000Z',
      revokedAt: null,
    };
    await store.addInvite(invite);
    watcher = createGrantWatcher({ programmes: store, intervalMs: 20, log });
    const grant = { programmeId: programme.id, inviteId: invite.id, expiresAtMs: Date.now() + 60_000 };
    return { store, watcher, programme, invite, grant };
  }

  it('ends every watch of an invite revoked elsewhere, once, on its next check', async () => {
    const { store, watcher, programme, invite, grant } = await setup();
    const ended: EndReason[] = [];
    watcher.watch(grant, (reason) => ended.push(reason));
    watcher.watch(grant, (reason) => ended.push(reason));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ended).toEqual([]);
    await store.revokeInvite(programme.id, invite.id, new Date().toISOString());
    await vi.waitFor(() => expect(ended).toEqual(['revoked', 'revoked']));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ended).toHaveLength(2);
  });

  it('ends a watch when its token expires, and not after it was unsubscribed', async () => {
    const { watcher, grant } = await setup();
    const ended: string[] = [];
    watcher.watch({ ...grant, expiresAtMs: Date.now() + 50 }, (reason) => ended.push(`a:${reason}`));
    const unsubscribe = watcher.watch({ ...grant, expiresAtMs: Date.now() + 50 }, (reason) =>
      ended.push(`b:${reason}`),
    );
    unsubscribe();
    await vi.waitFor(() => expect(ended).toEqual(['a:expired']));
  });

  it('ends local watches at once for a revocation or an erasure made here', async () => {
    const { watcher, programme, grant } = await setup();
    const ended: string[] = [];
    watcher.watch(grant, () => ended.push('invite'));
    watcher.endInvites([grant.inviteId]);
    expect(ended).toEqual(['invite']);
    watcher.watch(grant, () => ended.push('programme'));
    watcher.endProgramme(programme.id);
    expect(ended).toEqual(['invite', 'programme']);
  });
});

describe('connection limiter', () => {
  it('counts per programme, refuses past the maximum, and releases once', () => {
    const limiter = createConnectionLimiter(2);
    const first = limiter.acquire('a');
    limiter.acquire('a');
    expect(() => limiter.acquire('a')).toThrow(/too many connections/);
    expect(limiter.count('b')).toBe(0);
    limiter.acquire('b');
    first();
    first();
    expect(limiter.count('a')).toBe(1);
    limiter.acquire('a');
    expect(() => limiter.acquire('a')).toThrow();
  });
});
