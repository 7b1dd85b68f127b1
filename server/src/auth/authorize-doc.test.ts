import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors.js';
import type { Access, Session } from './access.js';
import { createDocAuthorizer } from './authorize-doc.js';
import type { GrantSource } from './grant-source.js';
import type { GrantWatcher } from './grant-watcher.js';
import { newId } from './ids.js';

const PROGRAMME = newId();
const DOC = newId();

/** A session as the token check returns it; only the fields the authorizer reads. */
function session(role: Session['role']): Session {
  return {
    programme: { id: PROGRAMME },
    member: { id: 'm1' },
    invite: { id: 'i1' },
    role,
    expiresAtMs: Date.now() + 60_000,
  } as unknown as Session;
}

function setup(role: Session['role'], board: { deletedAt?: string } | null = {}) {
  let current: { id: string; kind: 'canvas'; deletedAt?: string } | null = board
    ? { id: 'b1', kind: 'canvas', ...board }
    : null;
  const ended: string[] = [];
  const watched: unknown[] = [];
  const programmes = {
    getGrant: async () => ({ programme: null, invite: null, member: null }),
    findBoardByDoc: async (programmeId: string, docId: string) =>
      programmeId === PROGRAMME && docId === DOC ? current : null,
  } as unknown as GrantSource;
  const access = {
    session: async () => session(role),
    sessionForDoc: async (_token: string, docId: string | null) => ({
      session: session(role),
      board: docId ? await programmes.findBoardByDoc(PROGRAMME as never, docId as never) : null,
    }),
    invite: async () => ({}),
  } as unknown as Access;
  const authorize = createDocAuthorizer({
    access,
    programmes,
    watcher: {
      watch: (grant: unknown) => {
        watched.push(grant);
        return () => undefined;
      },
    } as unknown as GrantWatcher,
    limiter: { acquire: () => () => undefined, count: () => 0 },
    checkMs: 1_000,
  });
  return {
    ended,
    watched,
    authorize: (docId = DOC) => authorize({ docId, token: 't' }),
    deleteBoard: () => {
      if (current) current = { ...current, deletedAt: '2026-12-03T00:00:00.000Z' };
    },
  };
}

describe('board access on connect', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a member its role, rights and programme, and watches its grant', async () => {
    const { authorize, watched } = setup('observer');
    const access = await authorize();
    expect(access).toMatchObject({ role: 'observer', programmeId: PROGRAMME, bypassLock: false });
    expect(access.label).toBe('observer:m1');
    expect(access.readOnly()).toBe(true);
    const stop = access.watch?.(() => undefined);
    expect(watched).toEqual([expect.objectContaining({ programmeId: PROGRAMME, inviteId: 'i1' })]);
    stop?.();
    const facilitator = await setup('facilitator').authorize();
    expect(facilitator.readOnly()).toBe(false);
    expect(facilitator.bypassLock).toBe(true);
  });

  it('refuses a document that is not a board of the programme', async () => {
    await expect(setup('mentee').authorize(newId())).rejects.toBeInstanceOf(AppError);
    await expect(setup('mentee', null).authorize()).rejects.toThrow(/not part of your programme/);
  });

  it('ends a non-facilitator connection once its board is deleted, within one check', async () => {
    vi.useFakeTimers();
    const { authorize, deleteBoard } = setup('mentee');
    const access = await authorize();
    const reasons: string[] = [];
    access.watch?.((reason) => reasons.push(reason));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reasons).toEqual([]);
    deleteBoard();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reasons).toEqual(['revoked']);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reasons).toEqual(['revoked']); // the check stopped
  });
});
