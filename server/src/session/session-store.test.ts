import { createMemorySessionStore } from './session-store.js';
import { sessionStoreContract } from './session-store-contract.js';

sessionStoreContract('memory', async () => {
  const store = createMemorySessionStore();
  return { store, reopen: async () => store, cleanup: async () => undefined };
});
