import { serveStore } from '../store/serve-store.js';
import { createSqliteProgrammeStore } from './sqlite-programme-store.js';
import type { ThreadedProgrammeStoreOptions } from './threaded-programme-store.js';

// Worker-thread entry of the threaded SQLite programme store (see threaded-programme-store.ts).
serveStore<ThreadedProgrammeStoreOptions>((options, logger) =>
  createSqliteProgrammeStore({ ...options, logger }),
);
