import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { networkStoreContract } from './network-store-contract.js';
import { createSqliteNetworkStore } from './sqlite-network-store.js';

networkStoreContract('sqlite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'sqlite-network-store-'));
  const store = await createSqliteNetworkStore({ dir });
  return {
    store,
    traces: async (text) => {
      const found: string[] = [];
      for (const file of await readdir(dir)) {
        const bytes = await readFile(join(dir, file)).catch(() => Buffer.alloc(0));
        if (bytes.includes(Buffer.from(text))) found.push(file);
      }
      return found;
    },
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});
