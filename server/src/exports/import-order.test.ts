import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { journeyDocId } from '@mentoring/shared/journey/settings';
import { BoardIdSchema, DocIdSchema } from '@mentoring/shared/schema/ids';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newId } from '../auth/ids.js';
import { createTokenSigner } from '../auth/tokens.js';
import { readSettings } from '../journey/journey-settings.js';
import type { ProgrammeStore } from '../programmes/programme-store.js';
import { createSqliteProgrammeStore } from '../programmes/sqlite-programme-store.js';
import { createSqliteDocStore } from '../store/sqlite-doc-store.js';
import { type PreparedImport, writeImport } from './import.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

// Regression of the chaos suite's kill-during-import scenario: a node killed half-way through an
// import left a reachable programme (its importer's invite and membership) with 11 of 150 boards.
it('writes the importer’s invite only once every board of the import is in (a kill before it leaves nothing reachable)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'import-order-'));
  dirs.push(dir);
  const programmes = await createSqliteProgrammeStore({ dir });
  const docs = await createSqliteDocStore({ dir, policy: { maxUpdates: 500, maxBytes: 1 << 20 } });
  const state = new Y.Doc();
  state.getArray('array').push(['imported']);
  const prepared: PreparedImport = {
    draft: { title: 'Imported', menteeCity: 'Riga', mentorCity: 'Málaga', language: 'en' },
    facilitatorName: 'Ana',
    boards: Array.from({ length: 5 }, (_, i) => ({
      board: {
        id: BoardIdSchema.parse(newId()),
        docId: DocIdSchema.parse(newId()),
        kind: 'canvas' as const,
        title: `Board ${i}`,
        createdAt: new Date().toISOString(),
      },
      state: Y.encodeStateAsUpdate(state),
      versions: [],
    })),
    journey: { skipped: ['benchmark'], completed: [], added: [] },
  };
  // The real store, watched: what is already in when the first access record is written.
  let boardsAtInvite = -1;
  const watched: ProgrammeStore = {
    ...programmes,
    async addInvite(invite) {
      boardsAtInvite = (await programmes.listBoards(invite.programmeId)).length;
      return programmes.addInvite(invite);
    },
  };
  const created = await writeImport(
    { programmes: watched, docs, signer: createTokenSigner('x'.repeat(32)) },
    prepared,
    new Date().toISOString(),
  );
  expect(boardsAtInvite).toBe(5);
  expect(await programmes.listBoards(created.programme.id)).toHaveLength(5);
  // The journey choices came along, in the new programme's journey document.
  const journey = new Y.Doc();
  for (const update of await docs.load(journeyDocId(created.programme.id))) Y.applyUpdate(journey, update);
  expect(readSettings(journey).skipped).toEqual(['benchmark']);
  await docs.close?.();
  await programmes.close?.();
});
