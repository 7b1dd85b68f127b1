import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoardIdSchema, DocIdSchema, type ProgrammeId } from '@mentoring/shared/schema/ids';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../auth/ids.js';
import { createCachedProgrammeStore, type ProgrammeCacheOptions } from './cached-programme-store.js';
import type { ProgrammeSnapshot } from './programme-store.js';
import { programmeStoreContract, sampleProgramme } from './programme-store-contract.js';
import { createSqliteProgrammeStore, type SqliteProgrammeStore } from './sqlite-programme-store.js';
import { sqliteStoreHarness } from './sqlite-store-harness.js';

/** A real SQLite store whose snapshot reads can be held, as a store stuck on a frozen disk holds them. */
function holdable(store: SqliteProgrammeStore) {
  let held: Promise<void> | null = null;
  let release = () => {};
  return {
    store: {
      ...store,
      async loadSnapshot(id: ProgrammeId): Promise<ProgrammeSnapshot> {
        await held;
        return store.loadSnapshot(id);
      },
    },
    hold() {
      held = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
  };
}

const fixture = (options?: ProgrammeCacheOptions) =>
  sqliteStoreHarness('cached-programme-store', (store) => createCachedProgrammeStore(store, options));

programmeStoreContract('sqlite behind the read cache', () => fixture());

describe('cached programme store', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  const board = (programmeId: ProgrammeId, title: string) => ({
    id: BoardIdSchema.parse(newId()),
    programmeId,
    docId: DocIdSchema.parse(newId()),
    kind: 'canvas' as const,
    title,
    createdAt: new Date().toISOString(),
  });

  it('reads its own writes at once, however fresh the cached snapshot', async () => {
    const f = await fixture({ freshMs: 60_000 });
    cleanup = f.cleanup;
    const programme = sampleProgramme();
    await f.store.createProgramme(programme);
    expect(await f.store.listBoards(programme.id)).toEqual([]);
    const made = board(programme.id, 'Plan');
    expect(await f.store.addBoard(made)).toBe(true);
    expect((await f.store.listBoards(programme.id)).map((b) => b.title)).toEqual(['Plan']);
    await f.store.renameBoard(programme.id, made.id, 'Plan B');
    expect((await f.store.findBoardByDoc(programme.id, made.docId))?.title).toBe('Plan B');
    await f.store.markDeleting(programme.id, new Date().toISOString());
    expect((await f.store.getProgramme(programme.id))?.deletingAt).toBeTruthy();
  });

  it('answers a programme read before from memory while the store is stuck; a new one waits', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cached-programme-store-'));
    const sqlite = await createSqliteProgrammeStore({ dir });
    cleanup = async () => {
      await sqlite.close();
      await rm(dir, { recursive: true, force: true });
    };
    const stuck = holdable(sqlite);
    const store = createCachedProgrammeStore(stuck.store, { freshMs: 0, staleAfterMs: 50 });
    const [known, unknown] = [sampleProgramme(), sampleProgramme()];
    await store.createProgramme(known);
    await store.createProgramme(unknown);
    expect((await store.getProgramme(known.id))?.title).toBe(known.title);

    stuck.hold();
    expect((await store.getProgramme(known.id))?.title).toBe(known.title);
    let answered = false;
    const waiting = store.getProgramme(unknown.id).then((p) => {
      answered = true;
      return p;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false);
    stuck.release();
    expect((await waiting)?.title).toBe(unknown.title);
  });
});
