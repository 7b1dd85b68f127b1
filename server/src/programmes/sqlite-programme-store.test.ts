import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { programmeStoreContract, sampleProgramme } from './programme-store-contract.js';
import { createSqliteProgrammeStore, type SqliteProgrammeStore } from './sqlite-programme-store.js';

async function sqliteFixture() {
  const dir = await mkdtemp(join(tmpdir(), 'sqlite-programme-store-'));
  const stores: SqliteProgrammeStore[] = [];
  const reopen = async () => {
    const store = await createSqliteProgrammeStore({ dir });
    stores.push(store);
    return store;
  };
  const store = await reopen();
  return {
    store,
    reopen,
    dir,
    // Every file of the database (main, WAL, shared memory), as raw bytes.
    traces: async (text: string) => {
      const found: string[] = [];
      for (const name of await readdir(dir)) {
        const bytes = await readFile(join(dir, name)).catch(() => Buffer.alloc(0));
        if (bytes.includes(Buffer.from(text))) found.push(name);
      }
      return found;
    },
    cleanup: async () => {
      await Promise.all(stores.map((s) => s.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

programmeStoreContract('sqlite', sqliteFixture);

it('sqlite programme store refuses to load a stored record that does not match its schema', async () => {
  const fixture = await sqliteFixture();
  try {
    const programme = sampleProgramme();
    await fixture.store.createProgramme(programme);
    const raw = new Database(fixture.store.files.db);
    raw
      .prepare('UPDATE programme SET data = ? WHERE id = ?')
      .run(JSON.stringify({ ...programme, language: 'xx' }), programme.id);
    raw.close();
    await expect(fixture.store.getProgramme(programme.id)).rejects.toThrow();
  } finally {
    await fixture.cleanup();
  }
});
