import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgrammeStore } from './programme-store.js';
import { createSqliteProgrammeStore, type SqliteProgrammeStore } from './sqlite-programme-store.js';

/**
 * A SQLite programme store in a temporary folder, for the contract suite and the unit tests:
 * `wrap` puts something in front of it (the read cache), `traces` finds a text in any of the
 * database's files (main, WAL, shared memory), `cleanup` closes every store opened and removes it.
 */
export async function sqliteStoreHarness<S extends ProgrammeStore = SqliteProgrammeStore>(
  name: string,
  wrap: (store: SqliteProgrammeStore) => S = (store) => store as unknown as S,
) {
  const dir = await mkdtemp(join(tmpdir(), `${name}-`));
  const opened: SqliteProgrammeStore[] = [];
  const reopen = async (): Promise<S> => {
    const store = await createSqliteProgrammeStore({ dir });
    opened.push(store);
    return wrap(store);
  };
  const store = await reopen();
  return {
    store,
    reopen,
    dir,
    /** The sqlite store under the wrapper (the first one opened). */
    raw: () => opened[0] as SqliteProgrammeStore,
    traces: async (text: string) => {
      const found: string[] = [];
      for (const file of await readdir(dir)) {
        const bytes = await readFile(join(dir, file)).catch(() => Buffer.alloc(0));
        if (bytes.includes(Buffer.from(text))) found.push(file);
      }
      return found;
    },
    cleanup: async () => {
      await Promise.all(opened.map((s) => s.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
