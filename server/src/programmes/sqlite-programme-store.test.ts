import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { programmeStoreContract, sampleProgramme } from './programme-store-contract.js';
import { sqliteStoreHarness } from './sqlite-store-harness.js';

const sqliteFixture = () => sqliteStoreHarness('sqlite-programme-store');

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
